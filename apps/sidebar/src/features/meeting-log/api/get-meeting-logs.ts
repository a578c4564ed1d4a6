import { meetingLogEndpoints } from '@c360/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { apiCall } from '@/lib/api-client';
import { cursorPagesOptions } from '@/lib/cursor-pages';
import { meetingLogKeys } from './meeting-log-keys';

// Logs also become pending in meetings this sidebar is not in (the webhook of another meeting): look again now and then.
const REFRESH_MS = 60_000;

/**
 * The signed-in user's meeting logs waiting for Save or Discard, of any meeting, most recently ended first
 * (`GET /api/meeting-logs?state=PENDING`). Read again on focus, every minute and after every answer.
 */
export const usePendingMeetingLogs = (enabled = true) =>
  useInfiniteQuery({
    ...cursorPagesOptions(meetingLogKeys.pending, (cursor) => apiCall(meetingLogEndpoints.list, { query: { state: 'PENDING', cursor: cursor ?? undefined } })),
    refetchInterval: REFRESH_MS,
    enabled,
  });

/** How many there are (the ⋯ button's badge); 0 while unknown. */
export const usePendingLogCount = (enabled: boolean): number => usePendingMeetingLogs(enabled).data?.pages[0]?.total ?? 0;
