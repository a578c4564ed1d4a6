import type { Activity, MeetingSubject } from '@c360/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTimeline, type TimelineFilter } from '../api/get-timeline';
import { useInfiniteScroll } from '../hooks/use-infinite-scroll';
import type { Viewer } from '../hooks/use-viewer';
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
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = timeline;
  const loadMore = () => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  };
  const sentinel = useInfiniteScroll<HTMLDivElement>(loadMore, hasNextPage && !timeline.isFetchNextPageError);
  const activities = timeline.data?.pages.flatMap((page) => page.items.filter((activity) => !hiddenIds.has(activity.id))) ?? [];

  return (
    <section className="timeline__entries" aria-label={t('timeline.listLabel', { name: subject.name })}>
      <TimelineFilterSelect value={filter} onChange={setFilter} />
      {timeline.isPending && (
        <p role="status" className="muted">
          {t('timeline.loading')}
        </p>
      )}
      {timeline.isError && activities.length === 0 && (
        <div role="alert" className="alert">
          <p>{t('timeline.failed')}</p>
          <button type="button" className="button" onClick={() => void timeline.refetch()}>
            {t('timeline.retry')}
          </button>
        </div>
      )}
      {timeline.isSuccess && activities.length === 0 && <p className="muted">{filter === 'ALL' ? t('timeline.none') : t('timeline.noneOfType')}</p>}
      {activities.length > 0 && (
        <ol className="stack-list">
          {activities.map((activity) => (
            <li key={activity.id}>
              <ActivityEntry activity={activity} viewer={viewer} editorOpen={editorOpen} showRelationship={subject.kind === 'company'} onEdit={onEdit} />
            </li>
          ))}
        </ol>
      )}
      {hasNextPage && (
        <div ref={sentinel} className="timeline__more">
          <button type="button" className="button" aria-disabled={isFetchingNextPage} onClick={loadMore}>
            {isFetchingNextPage ? t('timeline.loadingMore') : t('timeline.loadMore')}
          </button>
          {timeline.isFetchNextPageError && (
            <p role="alert" className="field__error">
              {t('timeline.failed')}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
