import type { MeetingSubject } from '@c360/contracts';
import { useTranslation } from 'react-i18next';
import { usePeople } from '../api/get-people';
import { PersonLine } from './person-line';

interface PeopleListProps {
  subject: MeetingSubject;
  label: string;
}

/** All the subject's people, a keyset page at a time behind "Load more". */
export function PeopleList({ subject, label }: PeopleListProps) {
  const { t } = useTranslation();
  const people = usePeople(subject);
  const items = people.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <div className="people__all">
      {people.isPending && (
        <p role="status" className="muted">
          {t('people.loading')}
        </p>
      )}
      {people.isError && items.length === 0 && (
        <div role="alert" className="alert">
          <p>{t('people.failed')}</p>
          <button type="button" className="button" onClick={() => void people.refetch()}>
            {t('people.retry')}
          </button>
        </div>
      )}
      {people.isSuccess && items.length === 0 && <p className="muted">{t('people.none')}</p>}
      {items.length > 0 && (
        <ul className="stack-list" aria-label={label}>
          {items.map((person) => (
            <li key={person.id} className="people__item">
              <PersonLine person={person} />
            </li>
          ))}
        </ul>
      )}
      {people.hasNextPage && (
        <button
          type="button"
          className="button"
          aria-disabled={people.isFetchingNextPage}
          onClick={() => {
            if (!people.isFetchingNextPage) void people.fetchNextPage();
          }}
        >
          {people.isFetchingNextPage ? t('people.loadingMore') : t('people.loadMore')}
        </button>
      )}
    </div>
  );
}
