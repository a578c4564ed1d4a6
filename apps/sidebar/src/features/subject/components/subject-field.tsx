import type { SearchItem } from '@c360/contracts';
import { SearchIcon } from '@/components/ui/icons';
import { useSubjectCombobox } from '../hooks/use-subject-combobox';
import { SubjectOptions } from './subject-options';
import { SubjectPickerStatus } from './subject-picker-status';
import './subject-picker.css';

interface SubjectFieldProps {
  label: string;
  placeholder: string;
  clearLabel: string;
  value: SearchItem | null;
  onChange: (subject: SearchItem | null) => void;
}

/**
 * A company/relationship field of a form (the report's filter, the company of a meeting log that has none):
 * an ARIA 1.2 combobox on `/api/search`, built from the header picker's search, options and status
 * (without its meeting suggestion: such a form is not about the sidebar's meeting).
 */
export function SubjectField({ label, placeholder, clearLabel, value, onChange }: SubjectFieldProps) {
  const combobox = useSubjectCombobox({ suggested: null, enabled: true, onPick: onChange });
  const { inputId, listboxId, optionId, query, open, activeIndex, options } = combobox;

  return (
    <div className="field">
      <label htmlFor={inputId} className="field__label">
        {label}
      </label>
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
          placeholder={placeholder}
          className="picker__input"
          value={query ?? value?.name ?? ''}
          onChange={(event) => combobox.onType(event.target.value)}
          onFocus={() => combobox.setOpen(true)}
          onBlur={combobox.onBlur}
          onKeyDown={combobox.onKeyDown}
        />
        {value && (
          <button type="button" className="icon-button picker__clear" aria-label={clearLabel} title={clearLabel} onClick={() => onChange(null)}>
            <span aria-hidden="true">×</span>
          </button>
        )}
        <div className="picker__popup" hidden={!open}>
          <SubjectOptions
            id={listboxId}
            options={open ? options : []}
            activeIndex={activeIndex}
            optionId={optionId}
            onPick={combobox.pick}
            onHover={combobox.setActive}
          />
          {open && <SubjectPickerStatus query={combobox.searched} search={combobox.search} hasOptions={options.length > 0} />}
        </div>
      </div>
    </div>
  );
}
