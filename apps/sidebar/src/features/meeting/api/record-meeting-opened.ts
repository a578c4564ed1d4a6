import { meetingEndpoints } from '@c360/contracts';
import { useEffect } from 'react';
import { apiCall } from '@/lib/api-client';

// Once per page load per meeting: re-renders, StrictMode's double effects and remounts add nothing.
const recorded = new Set<string>();

export const recordMeetingOpened = (meetingUuid: string): Promise<undefined> => apiCall(meetingEndpoints.recordOpened, { params: { meetingUuid } });

/** The "sidebar opened" audit event. It is bookkeeping only: a failure shows nothing and is not retried. */
export function useRecordMeetingOpened(meetingUuid: string | null): void {
  useEffect(() => {
    if (meetingUuid === null || recorded.has(meetingUuid)) return;
    recorded.add(meetingUuid);
    recordMeetingOpened(meetingUuid).catch(() => undefined);
  }, [meetingUuid]);
}
