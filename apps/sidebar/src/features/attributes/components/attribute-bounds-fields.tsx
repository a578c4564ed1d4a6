import { useTranslation } from 'react-i18next';
import { Field } from '@/components/ui/field';
import type { BoundErrors, BoundsInput } from '../lib/bounds-input';

interface AttributeBoundsFieldsProps {
  /** The attribute's name in the user's language. */
  label: string;
  input: BoundsInput;
  errors: BoundErrors;
  onChange: (input: BoundsInput) => void;
}

/** A number or currency field's minimum and maximum on the layout screen; empty is "no bound". */
export function AttributeBoundsFields({ label, input, errors, onChange }: AttributeBoundsFieldsProps) {
  const { t } = useTranslation();
  const bound = (side: keyof BoundsInput) => {
    const error = errors[side];
    return (
      <Field
        label={t(`attributes.layout.${side}`)}
        className="attribute-bounds__field"
        labelClassName="attribute-bounds__label"
        error={error && t(`attributes.layout.boundErrors.${error}`)}
      >
        {(control) => (
          <input
            {...control}
            className={`${control.className} attribute-bounds__input`}
            type="number"
            inputMode="decimal"
            step="any"
            value={input[side]}
            onChange={(event) => onChange({ ...input, [side]: event.target.value })}
          />
        )}
      </Field>
    );
  };
  return (
    <fieldset className="attribute-bounds">
      <legend className="visually-hidden">{t('attributes.layout.boundsOf', { label })}</legend>
      {bound('min')}
      {bound('max')}
    </fieldset>
  );
}
