import { meetingViewSchema } from '@c360/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { meetingKeys, meetingPath } from '../api/get-meeting';
import { followTranscript } from '../api/get-transcript';
import { backoffDelayMs } from '@/lib/backoff';

export type MeetingEventsStatus = 'off' | 'connecting' | 'live' | 'reconnecting';

/**
 * Follows `/events`: each `meeting` event replaces the cached meeting view, so every sidebar of the meeting
 * sees the roster and the chosen subject as they change. EventSource retries a dropped connection by
 * itself; when it gives up (CLOSED, e.g. an error answer), the stream is reopened with backoff and the view
 * fetched again, as changes may have been missed meanwhile. The same stream keeps the live transcript current.
 */
export function useMeetingEvents(meetingUuid: string | null): MeetingEventsStatus {
  const queryClient = useQueryClient();
  const [stream, setStream] = useState<{ meetingUuid: string; status: MeetingEventsStatus } | null>(null);

  useEffect(() => {
    if (meetingUuid === null) return undefined;
    const queryKey = meetingKeys.detail(meetingUuid);
    let source: EventSource | undefined;
    let reopenTimer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    const setStatus = (status: MeetingEventsStatus) => setStream({ meetingUuid, status });

    const open = () => {
      const current = new EventSource(`${meetingPath(meetingUuid)}/events`);
      source = current;
      current.addEventListener('open', () => {
        failures = 0;
        setStatus('live');
      });
      followTranscript(current, queryClient, meetingUuid);
      current.addEventListener('meeting', (event) => {
        const parsed = meetingViewSchema.safeParse(JSON.parse(event.data as string));
        if (parsed.success) queryClient.setQueryData(queryKey, parsed.data);
      });
      current.addEventListener('error', () => {
        setStatus('reconnecting');
        if (current.readyState !== EventSource.CLOSED) return;
        reopenTimer = setTimeout(() => {
          open();
          void queryClient.invalidateQueries({ queryKey });
        }, backoffDelayMs(failures));
        failures += 1;
      });
    };

    open();
    return () => {
      clearTimeout(reopenTimer);
      source?.close();
      setStream(null);
    };
  }, [meetingUuid, queryClient]);

  if (meetingUuid === null) return 'off';
  return stream?.meetingUuid === meetingUuid ? stream.status : 'connecting';
}
