import { SEARCH_MIN_LENGTH, type SearchResponse } from '@c360/contracts';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

interface SubjectPickerStatusProps {
  /** The (debounced) text searched for; shorter than `SEARCH_MIN_LENGTH` before enough is typed. */
  query: string;
  search: UseQueryResult<SearchResponse>;
  hasOptions: boolean;
}

/** Under the options: why there are none yet, or that the search failed. */
export function SubjectPickerStatus({ query, search, hasOptions }: SubjectPickerStatusProps) {
  const { t } = useTranslation();
  // A query shorter than the minimum is not searched: it still asks for more typing.
  const typing = query.length < SEARCH_MIN_LENGTH;
  if (search.isError && !typing) {
    return (
      <p role="alert" className="picker__message picker__message--error">
        {t('picker.searchFailed')}
      </p>
    );
  }
  const message = typing
    ? hasOptions
      ? ''
      : t('picker.typeToSearch')
    : search.isFetching && !hasOptions
      ? t('picker.searching')
      : !hasOptions
        ? t('picker.noResults', { query })
        : '';
  return (
    <p role="status" className="picker__message" hidden={message === ''}>
      {message}
    </p>
  );
}
