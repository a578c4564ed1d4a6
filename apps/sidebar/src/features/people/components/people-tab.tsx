import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/empty-state';
import { useCurrentSubject } from '@/features/subject';
import { MeetingPeople } from './meeting-people';
import { PeopleList } from './people-list';
import './people.css';

export function PeopleTab() {
  const { t } = useTranslation();
  const id = useId();
  const { subject, meetingUuid } = useCurrentSubject();
  const [showAll, setShowAll] = useState(false);
  if (!subject) return <EmptyState title={t('empty.noSubject')}>{t('people.empty')}</EmptyState>;

  const allLabel = t('people.allPeople', { name: subject.name });
  // Outside a meeting there are no attendees: the subject's people are the whole tab.
  if (meetingUuid === null) {
    return (
      <div className="tab-page people">
        <h2 className="section-title">{allLabel}</h2>
        <PeopleList subject={subject} label={allLabel} />
      </div>
    );
  }
  return (
    <div className="tab-page people">
      <MeetingPeople meetingUuid={meetingUuid} subject={subject} />
      <section className="people__section">
        <h2 className="section-title">
          <button type="button" className="people__disclosure" aria-expanded={showAll} aria-controls={`${id}-all`} onClick={() => setShowAll(!showAll)}>
            {allLabel}
          </button>
        </h2>
        <div id={`${id}-all`} hidden={!showAll}>
          {showAll && <PeopleList subject={subject} label={allLabel} />}
        </div>
      </section>
    </div>
  );
}
