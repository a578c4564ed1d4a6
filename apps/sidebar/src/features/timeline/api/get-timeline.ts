import { timelineEndpoints, type ActivityType, type SubjectRef, type TimelinePage } from '@c360/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { apiCall } from '@/lib/api-client';
import { cursorPagesOptions } from '@/lib/cursor-pages';
import { timelineKeys } from './timeline-keys';

export type TimelineFilter = ActivityType | 'ALL';

const PAGE_SIZE = 20;

export const getTimeline = (subject: SubjectRef, filter: TimelineFilter, cursor: string | null): Promise<TimelinePage> =>
  apiCall(timelineEndpoints.list, {
    params: { subject },
    query: { limit: String(PAGE_SIZE), cursor: cursor ?? undefined, type: filter === 'ALL' ? undefined : filter },
  });

export const timelineQueryOptions = (subject: SubjectRef, filter: TimelineFilter) =>
  cursorPagesOptions(timelineKeys.list(subject, filter), (cursor) => getTimeline(subject, filter, cursor));

/** The subject's activities newest first (a company's include its relationships'), one keyset page at a time. */
export const useTimeline = (subject: SubjectRef, filter: TimelineFilter) => useInfiniteQuery(timelineQueryOptions(subject, filter));
