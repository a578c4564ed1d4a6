import { createHash } from 'node:crypto';
import { matchRoster, type RosterMatch } from '../matching/match-roster.ts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';

/** A stored participant, as matching reads it: what Zoom sent and the remembered confirmation. */
export interface MatchedParticipant {
  participantUuid: string;
  displayName: string;
  email: string | null;
  personId: string | null;
}

export interface MeetingRosterInput {
  meetingId: string;
  domainId: string;
  /** The meeting's company (its subject's): names are matched within it. */
  companyId: string | null;
  /** In a stable order (the view's), so the same roster always has the same key. */
  participants: MatchedParticipant[];
  /** The meeting's `rosterMatch` column as read. */
  stored: Prisma.JsonValue | null;
}

/** What `Meeting.rosterMatch` holds: a match and the key of what it was computed from. */
interface StoredRosterMatch {
  key: string;
  match: RosterMatch;
}

/**
 * The meeting's roster match: the stored one while it was computed from this very roster (participants,
 * names, e-mails, confirmations) and company, else matchRoster's, stored for the reads that follow. A
 * roster PUT, a subject or a confirmation changes the key, so the next read — the route's publish to every
 * sidebar — matches once and every later read and event serves the result. Persons or users added
 * meanwhile show at the roster's next change (Zoom sends one on every join and leave).
 */
export async function meetingRosterMatch(db: Pick<PrismaClient, '$queryRaw' | '$executeRaw'>, input: MeetingRosterInput): Promise<RosterMatch> {
  const key = rosterKey(input.companyId, input.participants);
  const stored = storedMatch(input.stored, key);
  if (stored) return stored;
  const match = await matchRoster(db, {
    domainId: input.domainId,
    participants: input.participants.map(({ participantUuid, displayName, email }) => ({ participantUuid, displayName, email })),
    chosenCompanyId: input.companyId,
    confirmed: Object.fromEntries(input.participants.flatMap((p) => (p.personId ? [[p.participantUuid, p.personId]] : []))),
  });
  const value: StoredRosterMatch = { key, match };
  // Raw, so the meeting's updatedAt (its view's) stays the time of its last change, not of this read. A
  // concurrent change may overwrite it with another roster's match: its key then differs, and is recomputed.
  await db.$executeRaw`UPDATE "Meeting" SET "rosterMatch" = ${JSON.stringify(value)}::jsonb WHERE "id" = ${input.meetingId}::uuid`;
  return match;
}

/** Part of every key: raise it when matching's rules or its result's shape change, so stored matches are redone. */
const MATCH_RULES_VERSION = 1;

/** A digest of everything matching reads from the meeting; a change to any of it is a new key. */
function rosterKey(companyId: string | null, participants: MatchedParticipant[]): string {
  const inputs = participants.map((p) => [p.participantUuid, p.displayName, p.email, p.personId]);
  return createHash('sha256')
    .update(JSON.stringify([MATCH_RULES_VERSION, companyId, inputs]))
    .digest('base64url');
}

function storedMatch(json: Prisma.JsonValue | null, key: string): RosterMatch | null {
  if (json === null || typeof json !== 'object' || Array.isArray(json) || json['key'] !== key) return null;
  // Only meetingRosterMatch writes the column, from a typed RosterMatch, under this key.
  return (json as unknown as StoredRosterMatch).match;
}
