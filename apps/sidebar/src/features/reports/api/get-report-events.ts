import { reportEndpoints, type ReportPage } from '@c360/contracts';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { apiCall } from '@/lib/api-client';

export const reportKeys = { events: (params: URLSearchParams) => ['reports', 'events', params.toString()] as const };

// The filters come encoded (the CSV link shares them); the cursor goes last.
export const getReportEvents = (params: URLSearchParams, cursor: string | undefined): Promise<ReportPage> => {
  const query = new URLSearchParams(params);
  if (cursor) query.set('cursor', cursor);
  return apiCall(reportEndpoints.events, { query });
};

/** The filtered events page by page ("Load more"); the chart comes with the first page. */
export function useReportEvents(params: URLSearchParams) {
  return useInfiniteQuery({
    queryKey: reportKeys.events(params),
    queryFn: ({ pageParam }) => getReportEvents(params, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
