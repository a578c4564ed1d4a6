import { rosterParticipantSchema, type ParticipantRole, type PutRoster } from '@c360/contracts';
import type { RosterEntry } from './roster';

const MAX_NAME = 200;
const MAX_TOPIC = 300;

/** Zoom names a co-host `coHost` in some answers and `cohost` in others. */
export function participantRoleOf(sdkRole: string): ParticipantRole {
  if (sdkRole === 'host') return 'host';
  if (sdkRole.toLowerCase() === 'cohost') return 'cohost';
  return 'attendee';
}

// One malformed e-mail would make the BFF refuse the whole roster, so it is dropped instead.
const emailOrNull = (email: string | undefined): string | null =>
  email !== undefined && rosterParticipantSchema.shape.email.safeParse(email).success ? email : null;

const trimmedTo = (text: string, max: number): string => text.trim().slice(0, max).trim();

/**
 * The `PUT /roster` body from the host's SDK roster, the e-mails participants shared (by
 * participantUUID) and the meeting topic.
 */
export function buildRosterBody(roster: readonly RosterEntry[], emails: ReadonlyMap<string, string>, topic: string | undefined): PutRoster {
  return {
    participants: roster.map((entry) => ({
      participantUuid: entry.participantUUID,
      // Zoom allows an empty screen name; the contract does not.
      displayName: trimmedTo(entry.screenName, MAX_NAME) || entry.participantUUID.slice(0, MAX_NAME),
      email: emailOrNull(emails.get(entry.participantUUID)),
      role: participantRoleOf(entry.role),
    })),
    topic: topic === undefined ? null : trimmedTo(topic, MAX_TOPIC) || null,
  };
}
