import { reportPageSchema, type ReportPage } from '@c360/contracts';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const getReportEvents = (params: URLSearchParams, cursor: string | undefined): Promise<ReportPage> => {
  const query = new URLSearchParams(params);
  if (cursor) query.set('cursor', cursor);
  return apiRequest(`/api/reports/events?${query}`, reportPageSchema);
};

/** The filtered events page by page ("Load more"); the chart comes with the first page. */
export function useReportEvents(params: URLSearchParams) {
  const key = params.toString();
  return useInfiniteQuery({
    queryKey: ['reports', 'events', key],
    queryFn: ({ pageParam }) => getReportEvents(params, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
