import { readMeeting } from '../meetings/meeting-store.ts';
import type { Prisma } from '../store/prisma.ts';

export interface RosterAttendees {
  internalAttendeeIds: string[];
  externalPersonIds: string[];
}

/**
 * The meeting's attendees as the meeting view matches them (one constant-cost `matchRoster`): recognised
 * Gainsight users are internal, matched or confirmed people of the customer external.
 */
export async function rosterAttendees(tx: Prisma.TransactionClient, domainId: string, meetingUuid: string): Promise<RosterAttendees> {
  const view = await readMeeting(tx, { domainId, meetingUuid });
  const internal = new Set<string>();
  const external = new Set<string>();
  for (const { match } of view?.participants ?? []) {
    if (match.kind === 'internal') internal.add(match.userId);
    if (match.kind === 'person') external.add(match.personId);
  }
  return { internalAttendeeIds: [...internal], externalPersonIds: [...external] };
}
