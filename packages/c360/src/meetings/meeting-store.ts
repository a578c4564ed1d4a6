import { putRosterSchema, putSubjectSchema, type MeetingView, type ParticipantRole, type RosterParticipantInput } from '@c360/contracts';
import { now } from '../clock/index.ts';
import { AppError } from '../errors/app-error.ts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';
import { parseInput } from '../errors/parse-input.ts';
import { checkMeetingKey, type MeetingKey } from './meeting-key.ts';
import { meetingRosterMatch } from './roster-match.ts';

const ROLE_ORDER: Record<string, number> = { host: 0, cohost: 1, attendee: 2 };

/**
 * Creates the meeting if needed (race-free: INSERT … ON CONFLICT on the (domainId, meetingUuid) unique) and
 * returns its id. The ON CONFLICT DO UPDATE also row-locks the meeting until the transaction ends, so two
 * roster writes of the same meeting are serialised instead of interleaving their delete/insert.
 */
async function lockMeeting(tx: Pick<PrismaClient, '$queryRaw'>, { domainId, meetingUuid }: MeetingKey): Promise<string> {
  const rows = await tx.$queryRaw<Array<{ id: string }>>`
    INSERT INTO "Meeting" ("id", "domainId", "meetingUuid", "version", "createdAt", "updatedAt")
    VALUES (gen_random_uuid(), ${domainId}::uuid, ${meetingUuid}, 1, now(), now())
    ON CONFLICT ("domainId", "meetingUuid")
    DO UPDATE SET "version" = "Meeting"."version" + 1, "updatedAt" = now()
    RETURNING "id"::text AS "id"`;
  return rows[0]!.id;
}

export interface RosterKey extends MeetingKey {
  /** Who sent it: the first sender becomes the meeting's host, whose after-call log it is. */
  sender?: RosterSender;
}

export interface RosterSender {
  /** The signed-in Gainsight user of the host's (or co-host's) sidebar. */
  userId: string;
  /** That session's Zoom user, which the `meeting.ended` webhook names as the host. */
  zoomUserId: string | null;
}

/** The first roster starts the meeting and names its host; later rosters (other co-hosts) keep them. */
async function rememberHost(tx: Pick<PrismaClient, '$executeRaw'>, meetingId: string, sender: RosterSender | undefined): Promise<void> {
  await tx.$executeRaw`
    UPDATE "Meeting" SET
      "startedAt" = COALESCE("startedAt", ${now()}::timestamptz),
      "hostUserId" = COALESCE("hostUserId", ${sender?.userId ?? null}::uuid),
      "hostZoomUserId" = CASE WHEN "hostUserId" IS NULL THEN ${sender?.zoomUserId ?? null}::text ELSE "hostZoomUserId" END
    WHERE "id" = ${meetingId}::uuid`;
}

/**
 * The meeting's participant rows become exactly these, in two statements whatever the roster's size: the
 * ones who left are deleted, the others inserted or updated in place, so a participant's remembered
 * confirmation (`personId`) stays with them. (Prisma's createMany of a 1 000-row roster, with its 7 000
 * bound parameters, took seconds: a join re-sends the whole roster.)
 */
async function replaceParticipants(tx: Pick<PrismaClient, '$executeRaw'>, domainId: string, meetingId: string, participants: RosterParticipantInput[]) {
  const uuids = participants.map((p) => p.participantUuid);
  await tx.$executeRaw`
    DELETE FROM "MeetingParticipant" WHERE "meetingId" = ${meetingId}::uuid AND NOT ("participantUuid" = ANY(${uuids}::text[]))`;
  if (participants.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "MeetingParticipant" ("id", "domainId", "meetingId", "participantUuid", "displayName", "email", "role")
    SELECT gen_random_uuid(), ${domainId}::uuid, ${meetingId}::uuid, p."participantUuid", p."displayName", p."email", p."role"
    FROM unnest(
      ${uuids}::text[],
      ${participants.map((p) => p.displayName)}::text[],
      ${participants.map((p) => p.email)}::text[],
      ${participants.map((p) => p.role)}::text[]
    ) AS p("participantUuid", "displayName", "email", "role")
    ON CONFLICT ("meetingId", "participantUuid") DO UPDATE
      SET "displayName" = EXCLUDED."displayName", "email" = EXCLUDED."email", "role" = EXCLUDED."role"
      WHERE ("MeetingParticipant"."displayName", "MeetingParticipant"."email", "MeetingParticipant"."role")
        IS DISTINCT FROM (EXCLUDED."displayName", EXCLUDED."email", EXCLUDED."role")`;
}

/**
 * Replaces a meeting's roster (SPEC §4) in one transaction, creating the meeting on its first roster.
 * The body is `putRosterSchema`'s (a topic of null clears it, none leaves it).
 * The same participantUuid twice in one roster is one row (the last one wins). A participant's remembered
 * confirmation (`personId`) survives later rosters as long as the participant stays on them. The roster is
 * matched by the next read (the route's publish to every sidebar), once, and the match kept.
 */
export async function saveRoster(prisma: PrismaClient, input: RosterKey, body: unknown): Promise<void> {
  checkMeetingKey(input);
  const { participants, topic } = parseInput(putRosterSchema, body);
  const byUuid = new Map(participants.map((p) => [p.participantUuid, p]));
  await prisma.$transaction(async (tx) => {
    const meetingId = await lockMeeting(tx, input);
    if (topic !== undefined) await tx.meeting.update({ where: { id: meetingId }, data: { topic } });
    await rememberHost(tx, meetingId, input.sender);
    await replaceParticipants(tx, input.domainId, meetingId, [...byUuid.values()]);
  });
}

/**
 * Chooses what the meeting is about: a company, or a relationship (whose company becomes the meeting's
 * company too, so matching works within it); both null clears it. The subject must be of the domain, else a
 * VALIDATION error naming the field (another domain's id is answered like one that does not exist). Once the
 * meeting has ended it is a CONFLICT: its pending log is filed under the subject, and a sidebar left open
 * in Zoom's main client only browses other companies (the after-call log's own answer may still set one).
 */
export async function setMeetingSubject(prisma: PrismaClient, input: MeetingKey, subject: unknown): Promise<void> {
  checkMeetingKey(input);
  const body = parseInput(putSubjectSchema, subject);
  let companyId: string | null = null;
  let relationshipId: string | null = null;
  if (body.relationshipId) {
    const relationship = await prisma.relationship.findFirst({
      where: { id: body.relationshipId, domainId: input.domainId },
      select: { id: true, companyId: true },
    });
    if (!relationship) throw subjectNotFound('relationshipId', 'No such relationship.');
    relationshipId = relationship.id;
    companyId = relationship.companyId;
  } else if (body.companyId) {
    const company = await prisma.company.findFirst({ where: { id: body.companyId, domainId: input.domainId }, select: { id: true } });
    if (!company) throw subjectNotFound('companyId', 'No such company.');
    companyId = company.id;
  }
  await prisma.$transaction(async (tx) => {
    const meetingId = await lockMeeting(tx, input);
    const { count } = await tx.meeting.updateMany({ where: { id: meetingId, logState: null }, data: { companyId, relationshipId } });
    if (count === 0) throw new AppError('CONFLICT', 'The meeting has ended: it keeps its company or relationship, which its log is filed under.');
  });
}

const subjectNotFound = (path: string, message: string) => new AppError('VALIDATION', 'Some fields are not valid.', { errors: [{ path, message }] });

/**
 * The meeting as every sidebar of it shows it, or null when nobody has sent a roster or subject yet.
 * One read of the meeting with its participants, subject names and stored match; the match is that one
 * while the roster, its confirmations and the subject's company are those it was computed from, else
 * `matchRoster`'s (a constant number of statements whatever the roster's size), stored for later reads.
 */
export async function readMeeting(prisma: PrismaClient | Prisma.TransactionClient, key: MeetingKey): Promise<MeetingView | null> {
  checkMeetingKey(key);
  const meeting = await prisma.meeting.findUnique({
    where: { domainId_meetingUuid: { domainId: key.domainId, meetingUuid: key.meetingUuid } },
    select: {
      id: true,
      meetingUuid: true,
      topic: true,
      companyId: true,
      updatedAt: true,
      logState: true,
      rosterMatch: true,
      company: { select: { id: true, name: true } },
      relationship: { select: { id: true, name: true, company: { select: { id: true, name: true } } } },
      participants: { select: { participantUuid: true, displayName: true, email: true, role: true, personId: true } },
    },
  });
  if (!meeting) return null;
  const participants = [...meeting.participants].sort(
    (a, b) =>
      (ROLE_ORDER[a.role] ?? 9) - (ROLE_ORDER[b.role] ?? 9) || a.displayName.localeCompare(b.displayName) || a.participantUuid.localeCompare(b.participantUuid),
  );
  const match = await meetingRosterMatch(prisma, {
    meetingId: meeting.id,
    domainId: key.domainId,
    companyId: meeting.companyId,
    participants,
    stored: meeting.rosterMatch,
  });
  const matchOf = new Map(match.participants.map((m) => [m.participantUuid, m]));
  const subject: MeetingView['subject'] = meeting.relationship
    ? {
        kind: 'relationship',
        id: meeting.relationship.id,
        name: meeting.relationship.name,
        companyId: meeting.relationship.company.id,
        companyName: meeting.relationship.company.name,
      }
    : meeting.company
      ? { kind: 'company', id: meeting.company.id, name: meeting.company.name }
      : null;
  return {
    meetingUuid: meeting.meetingUuid,
    topic: meeting.topic,
    subject,
    participants: participants.map((p) => ({
      participantUuid: p.participantUuid,
      displayName: p.displayName,
      email: p.email,
      role: p.role as ParticipantRole,
      match: matchOf.get(p.participantUuid)!,
    })),
    // Once a subject is chosen a suggestion is moot; matchRoster only suggests without a chosen company.
    suggestedCompany: match.suggestedCompany,
    updatedAt: meeting.updatedAt.toISOString(),
    ...(meeting.logState === null ? {} : { logState: meeting.logState }),
  };
}
