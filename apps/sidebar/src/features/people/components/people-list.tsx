import type { MeetingSubject } from '@c360/contracts';
import { useTranslation } from 'react-i18next';
import { PagedList } from '@/components/ui/paged-list';
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
  const text = {
    loading: t('people.loading'),
    failed: t('people.failed'),
    retry: t('people.retry'),
    empty: t('people.none'),
    loadMore: t('people.loadMore'),
    loadingMore: t('people.loadingMore'),
  };
  return (
    <div className="people__all">
      <PagedList query={people} text={text}>
        {(items) => (
          <ul className="stack-list" aria-label={label}>
            {items.map((person) => (
              <li key={person.id} className="panel people__item">
                <PersonLine person={person} />
              </li>
            ))}
          </ul>
        )}
      </PagedList>
    </div>
  );
}
