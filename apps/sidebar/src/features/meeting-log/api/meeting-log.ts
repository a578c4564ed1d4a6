import { meetingLogEndpoints, type MeetingLogView, type PostMeetingLog } from '@c360/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useToast } from '@/components/ui/toast';
import { useWriteQueue } from '@/hooks/use-write-queue';
import { apiCall, writeOf } from '@/lib/api-client';
import { meetingLogKeys } from './meeting-log-keys';

/** This sidebar's meeting's after-call log as this user sees it (`GET /api/meetings/:uuid/log`). */
export const useMeetingLogQuery = (meetingUuid: string | null) =>
  useQuery({
    queryKey: meetingLogKeys.detail(meetingUuid ?? ''),
    queryFn: () => apiCall(meetingLogEndpoints.get, { params: { meetingUuid: meetingUuid ?? '' } }),
    enabled: meetingUuid !== null,
  });

/** A log the signed-in user hosted, of any meeting (⋯ → Meeting logs), by the host's own route. */
export const useHostedMeetingLog = (meetingUuid: string) =>
  useQuery({ queryKey: meetingLogKeys.hosted(meetingUuid), queryFn: () => apiCall(meetingLogEndpoints.getHosted, { params: { meetingUuid } }) });

/** The sidebar's own end-of-meeting signal; the BFF answers with the log as it now is. */
export const postMeetingEnded = (meetingUuid: string): Promise<MeetingLogView> => apiCall(meetingLogEndpoints.end, { params: { meetingUuid } });

/**
 * The host's Save, Save and close all, Discard or draft, through their own route, wherever the panel is
 * (this meeting's sidebar or the Meeting logs screen); every view of the log and the pending list follow.
 */
export function useAnswerMeetingLog(meetingUuid: string) {
  const queryClient = useQueryClient();
  const { send, isWaiting } = useWriteQueue();
  const { t } = useTranslation();
  const toast = useToast();
  const target = `meeting-log:${meetingUuid}`;
  const mutation = useMutation({
    networkMode: 'always',
    // Through the write queue: a Save made while the connection is down is sent, once, when it is back.
    mutationFn: (body: PostMeetingLog): Promise<MeetingLogView> =>
      send(
        {
          ...writeOf(meetingLogEndpoints.answer, { params: { meetingUuid }, body }),
          target,
          refresh: [[...meetingLogKeys.detail(meetingUuid)], [...meetingLogKeys.pending]],
        },
        meetingLogEndpoints.answer.response,
      ),
    onSuccess: (log, body) => {
      queryClient.setQueryData(meetingLogKeys.detail(meetingUuid), log);
      // A 'draft' only prepares the activity for a follow-up, which confirms itself.
      if (body.action !== 'draft') toast.show({ message: t(body.action === 'discard' ? 'toast.meetingLogDiscarded' : 'toast.meetingLogSaved') });
      queryClient.setQueryData(meetingLogKeys.hosted(meetingUuid), log);
      void queryClient.invalidateQueries({ queryKey: meetingLogKeys.pending });
    },
  });
  return { ...mutation, waiting: mutation.isPending && isWaiting(target) };
}
