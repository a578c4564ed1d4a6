import type { ParticipantRole } from '../meetings/meeting-records.ts';
import type { MyRole } from './client-schemas.ts';

/** A guest is an attendee who is not signed in to Zoom (no `uid` in the app context). */
export const participantRole = (role: MyRole): { role: ParticipantRole; guest: boolean } =>
  role === 'guest' ? { role: 'attendee', guest: true } : { role, guest: false };
