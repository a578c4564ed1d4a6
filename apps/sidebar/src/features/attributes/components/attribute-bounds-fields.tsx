import { useId } from 'react';
import { useTranslation } from 'react-i18next';
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
  const id = useId();
  const bound = (side: keyof BoundsInput) => {
    const error = errors[side];
    const errorId = `${id}-${side}-error`;
    return (
      <div className="attribute-bounds__field">
        <label className="attribute-bounds__label" htmlFor={`${id}-${side}`}>
          {t(`attributes.layout.${side}`)}
        </label>
        <input
          id={`${id}-${side}`}
          className="field__input attribute-bounds__input"
          type="number"
          inputMode="decimal"
          step="any"
          value={input[side]}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => onChange({ ...input, [side]: event.target.value })}
        />
        {error && (
          <p id={errorId} className="field__error">
            {t(`attributes.layout.boundErrors.${error}`)}
          </p>
        )}
      </div>
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
