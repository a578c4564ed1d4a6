import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchIcon } from '../ui/icons';

/** Placeholder for the company/relationship type-ahead; disabled until search exists. */
export function SubjectPicker() {
  const { t } = useTranslation();
  const inputId = useId();
  return (
    <div className="picker">
      <label htmlFor={inputId} className="visually-hidden">
        {t('header.pickerLabel')}
      </label>
      <SearchIcon className="icon picker__icon" />
      <input
        id={inputId}
        type="text"
        role="combobox"
        aria-expanded={false}
        aria-autocomplete="list"
        autoComplete="off"
        disabled
        placeholder={t('header.pickerPlaceholder')}
        className="picker__input"
      />
    </div>
  );
}
