import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchIcon } from '@/components/ui/icons';
import { useSession } from '@/hooks/use-session';
import { useMeeting } from '@/features/meeting';
import { useSubjectCombobox } from '../hooks/use-subject-combobox';
import { subjectOf } from '../lib/picker-options';
import { useCurrentSubject } from '../subject-context';
import { SubjectOptions } from './subject-options';
import { SubjectPickerStatus } from './subject-picker-status';
import './subject-picker.css';

/**
 * The header's company/relationship picker: an ARIA 1.2 combobox with type-ahead search. The meeting's
 * suggested company is offered first, before anything is typed.
 */
export function SubjectPicker() {
  const { t } = useTranslation();
  const signedIn = Boolean(useSession().data?.gainsight);
  const { subject, meetingUuid, choose, chooseFailed } = useCurrentSubject();
  const suggested = useMeeting(meetingUuid).data?.suggestedCompany ?? null;
  const inputRef = useRef<HTMLInputElement>(null);
  const combobox = useSubjectCombobox({ suggested, enabled: signedIn, onPick: (item) => choose(subjectOf(item)) });
  const { inputId, listboxId, optionId, query, open, activeIndex, options } = combobox;
  const expanded = signedIn && open;

  const clear = () => {
    choose(null);
    combobox.setQuery(null);
    inputRef.current?.focus();
  };

  return (
    <div className="picker" title={signedIn ? undefined : t('picker.signedOut')}>
      <label htmlFor={inputId} className="visually-hidden">
        {t('picker.label')}
      </label>
      <SearchIcon className="icon picker__icon" />
      <input
        ref={inputRef}
        id={inputId}
        type="text"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && activeIndex >= 0 ? optionId(activeIndex) : undefined}
        aria-describedby={signedIn ? undefined : `${inputId}-signed-out`}
        autoComplete="off"
        spellCheck={false}
        disabled={!signedIn}
        placeholder={t('picker.placeholder')}
        className="picker__input"
        value={query ?? subject?.name ?? ''}
        onChange={(event) => combobox.onType(event.target.value)}
        onFocus={(event) => {
          event.target.select();
          combobox.setOpen(true);
        }}
        onBlur={combobox.onBlur}
        onKeyDown={combobox.onKeyDown}
      />
      {!signedIn && (
        <span id={`${inputId}-signed-out`} className="visually-hidden">
          {t('picker.signedOut')}
        </span>
      )}
      {signedIn && subject && (
        <button type="button" className="icon-button picker__clear" aria-label={t('picker.clear')} title={t('picker.clear')} onClick={clear}>
          <span aria-hidden="true">×</span>
        </button>
      )}
      <div className="picker__popup" hidden={!expanded}>
        <SubjectOptions
          id={listboxId}
          options={expanded ? options : []}
          activeIndex={activeIndex}
          optionId={optionId}
          onPick={combobox.pick}
          onHover={combobox.setActive}
        />
        {expanded && <SubjectPickerStatus query={combobox.searched} search={combobox.search} hasOptions={options.length > 0} />}
      </div>
      {chooseFailed && (
        <p role="alert" className="picker__error">
          {t('picker.chooseFailed')}
        </p>
      )}
    </div>
  );
}
