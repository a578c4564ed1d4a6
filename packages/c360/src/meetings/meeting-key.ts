import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';

/** Zoom's meeting UUIDs are base64-ish (may hold "/", "+", "="); anything longer is not one. */
const MAX_MEETING_UUID = 200;

/** A meeting is named by its Zoom UUID within one domain. */
export interface MeetingKey {
  domainId: string;
  meetingUuid: string;
}

/** The ids go into queries (`::uuid` casts among them): a malformed one is refused before any query. */
export function checkMeetingKey({ domainId, meetingUuid }: MeetingKey): void {
  if (!z.uuid().safeParse(domainId).success) throw new AppError('VALIDATION', 'Not a domain id.', { errors: [{ path: 'domainId', message: 'Not a uuid.' }] });
  if (typeof meetingUuid !== 'string' || meetingUuid.length === 0 || meetingUuid.length > MAX_MEETING_UUID) {
    throw new AppError('VALIDATION', 'Not a meeting id.', { errors: [{ path: 'meetingUuid', message: 'Not a meeting id.' }] });
  }
}
