import { useEffect } from 'react';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { meetingPath } from './get-meeting';

// Once per page load per meeting: re-renders, StrictMode's double effects and remounts add nothing.
const recorded = new Set<string>();

export const recordMeetingOpened = (meetingUuid: string): Promise<undefined> =>
  apiRequest(`${meetingPath(meetingUuid)}/opened`, z.undefined(), { method: 'POST' });

/** The "sidebar opened" audit event. It is bookkeeping only: a failure shows nothing and is not retried. */
export function useRecordMeetingOpened(meetingUuid: string | null): void {
  useEffect(() => {
    if (meetingUuid === null || recorded.has(meetingUuid)) return;
    recorded.add(meetingUuid);
    recordMeetingOpened(meetingUuid).catch(() => undefined);
  }, [meetingUuid]);
}
