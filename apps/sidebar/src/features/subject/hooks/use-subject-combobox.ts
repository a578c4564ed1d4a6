import { SEARCH_MIN_LENGTH, type SearchItem } from '@c360/contracts';
import { useId, useState, type KeyboardEvent } from 'react';
import { nextIndex } from '@/lib/roving-focus';
import { useSearchSubjects } from '../api/search-subjects';
import { pickerOptions, type PickerOption, type SuggestedCompany } from '../lib/picker-options';
import { useDebouncedValue } from '@/hooks/use-debounced-value';

const SEARCH_DEBOUNCE_MS = 150;

interface SubjectComboboxOptions {
  /** Offered first, before anything is typed (the meeting's suggested company). */
  suggested: SuggestedCompany | null;
  /** False while searching makes no sense (nobody signed in). */
  enabled: boolean;
  onPick: (item: SearchItem) => void;
}

/**
 * The state and keyboard of an ARIA 1.2 company/relationship combobox on `/api/search`, shared by the
 * header's picker and the report's filter.
 */
export function useSubjectCombobox({ suggested, enabled, onPick }: SubjectComboboxOptions) {
  const baseId = useId();
  const optionId = (index: number) => `${baseId}-option-${index}`;
  // Null while the input shows the chosen subject rather than what the user is typing.
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const searched = useDebouncedValue((query ?? '').trim(), SEARCH_DEBOUNCE_MS);
  const search = useSearchSubjects(searched, enabled && open);
  const options = pickerOptions(suggested, query ?? '', searched.length < SEARCH_MIN_LENGTH ? [] : (search.data?.items ?? []));
  const activeIndex = active < options.length ? active : -1;

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const pick = (option: PickerOption) => {
    onPick(option.item);
    setQuery(null);
    close();
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
  const onType = (text: string) => {
    setQuery(text);
    setOpen(true);
    setActive(-1);
  };
  const onBlur = () => {
    close();
    setQuery(null);
  };

  return {
    inputId: `${baseId}-input`,
    listboxId: `${baseId}-options`,
    optionId,
    query,
    open,
    setOpen,
    setQuery,
    activeIndex,
    setActive,
    searched,
    search,
    options,
    pick,
    onKeyDown,
    onType,
    onBlur,
  };
}
