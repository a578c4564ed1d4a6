import { isUuid, meetingUuidSchema } from '@c360/contracts';
import { AppError } from '../errors/app-error.ts';

/** A meeting is named by its Zoom UUID within one domain. */
export interface MeetingKey {
  domainId: string;
  meetingUuid: string;
}

/** The ids go into queries (`::uuid` casts among them): a malformed one is refused before any query. */
export function checkMeetingKey({ domainId, meetingUuid }: MeetingKey): void {
  if (!isUuid(domainId)) throw new AppError('VALIDATION', 'Not a domain id.', { errors: [{ path: 'domainId', message: 'Not a uuid.' }] });
  if (!meetingUuidSchema.safeParse(meetingUuid).success) {
    throw new AppError('VALIDATION', 'Not a meeting id.', { errors: [{ path: 'meetingUuid', message: 'Not a meeting id.' }] });
  }
}
