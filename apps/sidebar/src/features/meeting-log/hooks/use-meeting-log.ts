import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { initZoom, onMeetingEnded } from '@/lib/zoom-sdk';
import { useMeeting } from '@/features/meeting';
import { refreshTimelines } from '@/features/timeline';
import { postMeetingEnded, useMeetingLogQuery } from '../api/meeting-log';
import { meetingLogKeys } from '../api/meeting-log-keys';

/**
 * The meeting's after-call log, kept current: when Zoom says the meeting ended, this sidebar tells the BFF
 * (which races the `meeting.ended` webhook; the first one wins), and whenever the meeting's log state
 * changes on the event stream (another sidebar, the webhook) the log is read again, and so is the list of
 * pending logs (the ⋯ button's count).
 */
export function useMeetingLog(meetingUuid: string | null) {
  const queryClient = useQueryClient();
  const log = useMeetingLogQuery(meetingUuid);
  const logState = useMeeting(meetingUuid).data?.logState;

  useEffect(() => {
    if (meetingUuid === null) return undefined;
    let unsubscribe: (() => void) | undefined;
    let cancelled = false;
    void initZoom().then(() => {
      if (cancelled) return;
      unsubscribe = onMeetingEnded(() => {
        void postMeetingEnded(meetingUuid).then(
          (ended) => queryClient.setQueryData(meetingLogKeys.detail(meetingUuid), ended),
          // The webhook ends the meeting anyway; reading the log again shows whatever happened.
          () => queryClient.invalidateQueries({ queryKey: meetingLogKeys.detail(meetingUuid) }),
        );
      });
    });
    return () => {
      cancelled = true;
      unsubscribe?.();
    };
  }, [meetingUuid, queryClient]);

  useEffect(() => {
    if (meetingUuid === null || logState === undefined) return;
    void queryClient.invalidateQueries({ queryKey: meetingLogKeys.detail(meetingUuid) });
    void queryClient.invalidateQueries({ queryKey: meetingLogKeys.pending });
    // A logged meeting is a new entry on the timeline; a discarded one may have removed a draft.
    void refreshTimelines(queryClient);
  }, [meetingUuid, logState, queryClient]);

  return log;
}
