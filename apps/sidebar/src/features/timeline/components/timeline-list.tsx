import type { Activity, MeetingSubject } from '@c360/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTimeline, type TimelineFilter } from '../api/get-timeline';
import { PagedList } from '@/components/ui/paged-list';
import { useFirstUsefulViewMark } from '@/hooks/use-first-useful-view';
import type { Viewer } from '@/hooks/use-viewer';
import { ActivityEntry } from './activity-entry';
import { TimelineFilterSelect } from './timeline-filter';

interface TimelineListProps {
  subject: MeetingSubject;
  viewer: Viewer;
  editorOpen: boolean;
  /** Drafts the user cancelled whose deletion has not reached the server yet. */
  hiddenIds: ReadonlySet<string>;
  onEdit: (draft: Activity) => void;
}

/** The subject's activities, newest first, loading further pages as the end scrolls into view. */
export function TimelineList({ subject, viewer, editorOpen, hiddenIds, onEdit }: TimelineListProps) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<TimelineFilter>('ALL');
  const timeline = useTimeline(subject, filter);
  // Its first page, or that there is none, is shown.
  useFirstUsefulViewMark('timeline', timeline.isSuccess);
  const text = {
    loading: t('timeline.loading'),
    failed: t('timeline.failed'),
    retry: t('timeline.retry'),
    empty: filter === 'ALL' ? t('timeline.none') : t('timeline.noneOfType'),
    loadMore: t('timeline.loadMore'),
    loadingMore: t('timeline.loadingMore'),
  };

  return (
    <section className="timeline__entries" aria-label={t('timeline.listLabel', { name: subject.name })}>
      <TimelineFilterSelect value={filter} onChange={setFilter} />
      <PagedList query={timeline} text={text} shown={(activity) => !hiddenIds.has(activity.id)} infiniteScroll moreClassName="timeline__more">
        {(activities) => (
          <ol className="stack-list">
            {activities.map((activity) => (
              <li key={activity.id}>
                <ActivityEntry activity={activity} viewer={viewer} editorOpen={editorOpen} showRelationship={subject.kind === 'company'} onEdit={onEdit} />
              </li>
            ))}
          </ol>
        )}
      </PagedList>
    </section>
  );
}
