import { meetingLogViewSchema, type MeetingLogView, type PostMeetingLog } from '@c360/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { meetingPath } from '../../meeting/api/get-meeting';

export const meetingLogQueryKey = (meetingUuid: string) => ['meeting-log', meetingUuid] as const;

/** The meeting's after-call log as this user sees it (`GET /api/meetings/:uuid/log`). */
export const useMeetingLogQuery = (meetingUuid: string | null) =>
  useQuery({
    queryKey: meetingLogQueryKey(meetingUuid ?? ''),
    queryFn: () => apiRequest(`${meetingPath(meetingUuid ?? '')}/log`, meetingLogViewSchema),
    enabled: meetingUuid !== null,
  });

/** The sidebar's own end-of-meeting signal; the BFF answers with the log as it now is. */
export const postMeetingEnded = (meetingUuid: string): Promise<MeetingLogView> =>
  apiRequest(`${meetingPath(meetingUuid)}/end`, meetingLogViewSchema, { method: 'POST' });

/** The host's Save, Save and close all, or Discard (`POST /api/meetings/:uuid/log`). */
export function useAnswerMeetingLog(meetingUuid: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PostMeetingLog): Promise<MeetingLogView> => apiRequest(`${meetingPath(meetingUuid)}/log`, meetingLogViewSchema, { method: 'POST', body }),
    onSuccess: (log) => queryClient.setQueryData(meetingLogQueryKey(meetingUuid), log),
  });
}
