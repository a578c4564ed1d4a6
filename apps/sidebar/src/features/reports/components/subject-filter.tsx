import type { SearchItem } from '@c360/contracts';
import { useTranslation } from 'react-i18next';
import { SearchIcon } from '../../../components/ui/icons';
import { SubjectOptions } from '../../subject/components/subject-options';
import { SubjectPickerStatus } from '../../subject/components/subject-picker-status';
import { useSubjectCombobox } from '../../subject/hooks/use-subject-combobox';
import '../../subject/components/subject-picker.css';

interface SubjectFilterProps {
  value: SearchItem | null;
  onChange: (subject: SearchItem | null) => void;
}

/**
 * The report's company/relationship filter: an ARIA 1.2 combobox on `/api/search`, built from the header
 * picker's search, options and status (without its meeting suggestion: a report is not about one meeting).
 */
export function SubjectFilter({ value, onChange }: SubjectFilterProps) {
  const { t } = useTranslation();
  const combobox = useSubjectCombobox({ suggested: null, enabled: true, onPick: onChange });
  const { inputId, listboxId, optionId, query, open, activeIndex, options } = combobox;

  return (
    <div className="field">
      <label htmlFor={inputId} className="field__label">{t('reports.filters.subject')}</label>
      <div className="picker">
        <SearchIcon className="icon picker__icon" />
        <input
          id={inputId}
          type="text"
          role="combobox"
          aria-expanded={open}
          aria-controls={listboxId}
          aria-autocomplete="list"
          aria-activedescendant={open && activeIndex >= 0 ? optionId(activeIndex) : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder={t('reports.filters.subjectPlaceholder')}
          className="picker__input"
          value={query ?? value?.name ?? ''}
          onChange={(event) => combobox.onType(event.target.value)}
          onFocus={() => combobox.setOpen(true)}
          onBlur={combobox.onBlur}
          onKeyDown={combobox.onKeyDown}
        />
        {value && (
          <button type="button" className="icon-button picker__clear" aria-label={t('reports.filters.clearSubject')} title={t('reports.filters.clearSubject')} onClick={() => onChange(null)}>
            <span aria-hidden="true">×</span>
          </button>
        )}
        <div className="picker__popup" hidden={!open}>
          <SubjectOptions id={listboxId} options={open ? options : []} activeIndex={activeIndex} optionId={optionId} onPick={combobox.pick} onHover={combobox.setActive} />
          {open && <SubjectPickerStatus query={combobox.searched} search={combobox.search} hasOptions={options.length > 0} />}
        </div>
      </div>
    </div>
  );
}
