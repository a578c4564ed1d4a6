import { meetingLogViewSchema, type MeetingLogView, type PostMeetingLog } from '@c360/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useWriteQueue } from '../../../hooks/use-write-queue';
import { apiRequest } from '../../../lib/api-client';
import { meetingPath } from '../../meeting/api/get-meeting';
import { meetingLogsKey } from './get-meeting-logs';

/** Every cache entry of one meeting's log: the meeting's own route and the host's. */
export const meetingLogQueryKey = (meetingUuid: string) => ['meeting-log', meetingUuid] as const;
const hostedLogQueryKey = (meetingUuid: string) => [...meetingLogQueryKey(meetingUuid), 'hosted'] as const;

/** The host's own route to a log of any meeting they hosted (`/api/meeting-logs/:uuid`). */
const hostedLogPath = (meetingUuid: string) => `/api/meeting-logs/${encodeURIComponent(meetingUuid)}`;

/** This sidebar's meeting's after-call log as this user sees it (`GET /api/meetings/:uuid/log`). */
export const useMeetingLogQuery = (meetingUuid: string | null) =>
  useQuery({
    queryKey: meetingLogQueryKey(meetingUuid ?? ''),
    queryFn: () => apiRequest(`${meetingPath(meetingUuid ?? '')}/log`, meetingLogViewSchema),
    enabled: meetingUuid !== null,
  });

/** A log the signed-in user hosted, of any meeting (⋯ → Meeting logs). */
export const useHostedMeetingLog = (meetingUuid: string) =>
  useQuery({ queryKey: hostedLogQueryKey(meetingUuid), queryFn: () => apiRequest(hostedLogPath(meetingUuid), meetingLogViewSchema) });

/** The sidebar's own end-of-meeting signal; the BFF answers with the log as it now is. */
export const postMeetingEnded = (meetingUuid: string): Promise<MeetingLogView> =>
  apiRequest(`${meetingPath(meetingUuid)}/end`, meetingLogViewSchema, { method: 'POST' });

/**
 * The host's Save, Save and close all, Discard or draft, through their own route, wherever the panel is
 * (this meeting's sidebar or the Meeting logs screen); every view of the log and the pending list follow.
 */
export function useAnswerMeetingLog(meetingUuid: string) {
  const queryClient = useQueryClient();
  const { send, isWaiting } = useWriteQueue();
  const target = `meeting-log:${meetingUuid}`;
  const mutation = useMutation({
    networkMode: 'always',
    // Through the write queue: a Save made while the connection is down is sent, once, when it is back.
    mutationFn: (body: PostMeetingLog): Promise<MeetingLogView> =>
      send({ method: 'POST', path: hostedLogPath(meetingUuid), body, target, refresh: [[...meetingLogQueryKey(meetingUuid)], [...meetingLogsKey]] }, meetingLogViewSchema),
    onSuccess: (log) => {
      queryClient.setQueryData(meetingLogQueryKey(meetingUuid), log);
      queryClient.setQueryData(hostedLogQueryKey(meetingUuid), log);
      void queryClient.invalidateQueries({ queryKey: meetingLogsKey });
    },
  });
  return { ...mutation, waiting: mutation.isPending && isWaiting(target) };
}
