import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchIcon } from '../../../components/ui/icons';
import { nextIndex } from '../../../lib/roving-focus';
import { useSession } from '../../../hooks/use-session';
import { useMeeting } from '../../meeting/api/get-meeting';
import { useSearchSubjects } from '../api/search-subjects';
import { useDebouncedValue } from '../hooks/use-debounced-value';
import { pickerOptions, subjectOf, type PickerOption } from '../lib/picker-options';
import { useCurrentSubject } from '../subject-context';
import { SubjectOptions } from './subject-options';
import { SubjectPickerStatus } from './subject-picker-status';
import './subject-picker.css';

const SEARCH_DEBOUNCE_MS = 150;

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
  const baseId = useId();
  const listboxId = `${baseId}-options`;
  const optionId = (index: number) => `${baseId}-option-${index}`;

  // Null while the input shows the chosen subject rather than what the user is typing.
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const searched = useDebouncedValue((query ?? '').trim(), SEARCH_DEBOUNCE_MS);
  const search = useSearchSubjects(searched, signedIn && open);
  const options = pickerOptions(suggested, query ?? '', searched === '' ? [] : (search.data?.items ?? []));
  const activeIndex = active < options.length ? active : -1;
  const expanded = signedIn && open;

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const pick = (option: PickerOption) => {
    choose(subjectOf(option.item));
    setQuery(null);
    close();
  };
  const clear = () => {
    choose(null);
    setQuery(null);
    inputRef.current?.focus();
  };

  const moveTo = (index: number) => {
    setOpen(true);
    setActive(index);
    document.getElementById(optionId(index))?.scrollIntoView({ block: 'nearest' });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Home and End move the caret until the list is open.
    const jumps = event.key === 'Home' || event.key === 'End';
    const target = jumps && !open ? undefined : nextIndex(event.key, open ? activeIndex : -1, options.length, 'vertical');
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
    } else if (event.key === 'Enter' && open && options[activeIndex]) {
      event.preventDefault();
      pick(options[activeIndex]);
    } else if (event.key === 'Escape') {
      // The first Escape closes the list, the next puts back the chosen name.
      if (open) close();
      else setQuery(null);
    }
  };

  return (
    <div className="picker" title={signedIn ? undefined : t('picker.signedOut')}>
      <label htmlFor={`${baseId}-input`} className="visually-hidden">
        {t('picker.label')}
      </label>
      <SearchIcon className="icon picker__icon" />
      <input
        ref={inputRef}
        id={`${baseId}-input`}
        type="text"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && activeIndex >= 0 ? optionId(activeIndex) : undefined}
        aria-describedby={signedIn ? undefined : `${baseId}-signed-out`}
        autoComplete="off"
        spellCheck={false}
        disabled={!signedIn}
        placeholder={t('picker.placeholder')}
        className="picker__input"
        value={query ?? subject?.name ?? ''}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={(event) => {
          event.target.select();
          setOpen(true);
        }}
        onBlur={() => {
          close();
          setQuery(null);
        }}
        onKeyDown={onKeyDown}
      />
      {!signedIn && (
        <span id={`${baseId}-signed-out`} className="visually-hidden">
          {t('picker.signedOut')}
        </span>
      )}
      {signedIn && subject && (
        <button type="button" className="icon-button picker__clear" aria-label={t('picker.clear')} title={t('picker.clear')} onClick={clear}>
          <span aria-hidden="true">×</span>
        </button>
      )}
      <div className="picker__popup" hidden={!expanded}>
        <SubjectOptions id={listboxId} options={expanded ? options : []} activeIndex={activeIndex} optionId={optionId} onPick={pick} onHover={setActive} />
        {expanded && <SubjectPickerStatus query={searched} search={search} hasOptions={options.length > 0} />}
      </div>
      {chooseFailed && (
        <p role="alert" className="picker__error">
          {t('picker.chooseFailed')}
        </p>
      )}
    </div>
  );
}
