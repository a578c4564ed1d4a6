import type { AttributeField, AttributeUser } from '@c360/contracts';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import type { AttributeInput } from '../lib/attribute-input';
import { currencySymbolOf, labelOf } from '../lib/format-value';

interface AttributeEditorProps {
  id: string;
  field: AttributeField;
  input: AttributeInput;
  onChange: (input: AttributeInput) => void;
  currency: string;
  users: readonly AttributeUser[];
  /** The id of the error message, when the input is refused. */
  errorId: string | undefined;
}

/** The control for one attribute's type; the label is the caller's `<label htmlFor={id}>`. */
export function AttributeEditor({ id, field, input, onChange, currency, users, errorId }: AttributeEditorProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const common = {
    id,
    'aria-invalid': errorId ? true : undefined,
    'aria-describedby': errorId,
    'aria-required': field.required || undefined,
  } as const;
  const text = typeof input === 'string' ? input : '';

  switch (field.type) {
    case 'BOOLEAN':
      return (
        <input {...common} type="checkbox" className="attribute__checkbox" checked={input === true} onChange={(event) => onChange(event.target.checked)} />
      );
    case 'PICKLIST':
    case 'USER': {
      const options =
        field.type === 'PICKLIST'
          ? field.options.map((option) => ({ value: option.value, label: labelOf({ label: option.label, labelJa: option.labelJa ?? null }, language) }))
          : users.map((user) => ({ value: user.id, label: user.displayName }));
      return (
        <select {...common} className="field__input" value={text} onChange={(event) => onChange(event.target.value)}>
          <option value="">{t('attributes.noChoice')}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      );
    }
    case 'CURRENCY':
      return (
        <span className="attribute__amount">
          <span className="attribute__currency" aria-hidden="true">
            {currencySymbolOf(currency, language)}
          </span>
          <input
            {...common}
            type="number"
            inputMode="decimal"
            step="0.01"
            min={field.min ?? undefined}
            max={field.max ?? undefined}
            className="field__input"
            value={text}
            onChange={(event) => onChange(event.target.value)}
          />
        </span>
      );
    case 'NUMBER':
      return (
        <input
          {...common}
          type="number"
          inputMode={field.integer ? 'numeric' : 'decimal'}
          step={field.integer ? 1 : 'any'}
          min={field.min ?? undefined}
          max={field.max ?? undefined}
          className="field__input"
          value={text}
          onChange={(event) => onChange(event.target.value)}
        />
      );
    case 'DATE':
      return <input {...common} type="date" className="field__input" value={text} onChange={(event) => onChange(event.target.value)} />;
    case 'TEXT':
      return <input {...common} type="text" maxLength={2000} className="field__input" value={text} onChange={(event) => onChange(event.target.value)} />;
  }
}
