import { timelinePageSchema, type ActivityType, type MeetingSubject, type TimelinePage } from '@c360/contracts';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export type TimelineFilter = ActivityType | 'ALL';

const PAGE_SIZE = 20;

/** Every cached timeline starts with this, so a write can refresh them all. */
export const timelineRootKey = ['timeline'] as const;
export const timelineQueryKey = (subject: Pick<MeetingSubject, 'kind' | 'id'>, filter: TimelineFilter) =>
  [...timelineRootKey, subject.kind, subject.id, filter] as const;

const collectionOf = (kind: MeetingSubject['kind']) => (kind === 'company' ? 'companies' : 'relationships');

export function getTimeline(subject: Pick<MeetingSubject, 'kind' | 'id'>, filter: TimelineFilter, cursor: string | null): Promise<TimelinePage> {
  const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (cursor !== null) query.set('cursor', cursor);
  if (filter !== 'ALL') query.set('type', filter);
  return apiRequest(`/api/${collectionOf(subject.kind)}/${encodeURIComponent(subject.id)}/timeline?${query}`, timelinePageSchema);
}

export const timelineQueryOptions = (subject: Pick<MeetingSubject, 'kind' | 'id'>, filter: TimelineFilter) =>
  infiniteQueryOptions({
    queryKey: timelineQueryKey(subject, filter),
    queryFn: ({ pageParam }) => getTimeline(subject, filter, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });

/** The subject's activities newest first (a company's include its relationships'), one keyset page at a time. */
export const useTimeline = (subject: Pick<MeetingSubject, 'kind' | 'id'>, filter: TimelineFilter) => useInfiniteQuery(timelineQueryOptions(subject, filter));
