import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import { can } from '../permissions/can.ts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';
import { lockMeetings } from './lock-meeting-log.ts';
import { logMeeting } from './log-meeting.ts';
import { pinMeetingActivity } from './meeting-activity.ts';

interface EndCommon {
  meetingUuid: string;
  endedAt: Date;
  /** When Zoom says the meeting started (webhook): it wins over the first roster's time, which may be later. */
  startedAt?: Date | null;
  topic?: string | null;
}

/**
 * Who says the meeting ended. The sidebar's signal counts from the host user's own sidebar only (an
 * attendee's cannot end the log early); the webhook names no domain, only the Zoom host, so it ends the
 * meeting in every domain whose host is that Zoom user.
 */
export type EndMeetingInput =
  (EndCommon & { source: 'sidebar'; domainId: string; hostUserId: string }) | (EndCommon & { source: 'webhook'; hostZoomUserId: string });

/** A meeting this call ended, and what its log became. */
export interface EndedMeeting {
  domainId: string;
  meetingUuid: string;
  state: 'PENDING' | 'LOGGED';
}

interface ClaimedRow {
  id: string;
  domainId: string;
  mode: 'AUTO' | 'MANUAL';
}

/**
 * The one conditional UPDATE that decides who ends the meeting: only a meeting whose log has not started
 * (`logState IS NULL`) is claimed, so of the webhook and the sidebar's signal (even concurrent ones, which
 * queue on the row lock and then see the new state) exactly one does the work.
 */
async function claimEndedMeetings(tx: Prisma.TransactionClient, input: EndMeetingInput): Promise<ClaimedRow[]> {
  const domainId = input.source === 'sidebar' ? input.domainId : null;
  const hostUserId = input.source === 'sidebar' ? input.hostUserId : null;
  const hostZoomUserId = input.source === 'webhook' ? input.hostZoomUserId : null;
  return tx.$queryRaw<ClaimedRow[]>`
    UPDATE "Meeting" AS m SET
      "logState" = 'PENDING',
      "endedAt" = ${input.endedAt}::timestamptz,
      "startedAt" = COALESCE(${input.startedAt ?? null}::timestamptz, m."startedAt"),
      "topic" = COALESCE(m."topic", ${input.topic ?? null}::text),
      "version" = m."version" + 1,
      "updatedAt" = now()
    FROM "Domain" AS d
    WHERE d."id" = m."domainId" AND m."meetingUuid" = ${input.meetingUuid} AND m."logState" IS NULL
      AND (${domainId}::uuid IS NULL OR m."domainId" = ${domainId}::uuid)
      AND (${hostUserId}::uuid IS NULL OR m."hostUserId" = ${hostUserId}::uuid)
      AND (${hostZoomUserId}::text IS NULL OR m."hostZoomUserId" = ${hostZoomUserId}::text)
    RETURNING m."id"::text AS "id", m."domainId"::text AS "domainId", d."meetingLogMode"::text AS "mode"`;
}

/**
 * The webhook that comes after the sidebar's signal ended the meeting still knows its real start and end:
 * a log still waiting for the host takes them, so the panel shows (and Save stores) the real duration.
 */
async function correctPendingTimes(tx: Prisma.TransactionClient, input: EndMeetingInput): Promise<EndedMeeting[]> {
  if (input.source !== 'webhook') return [];
  return tx.$queryRaw<EndedMeeting[]>`
    UPDATE "Meeting" AS m SET
      "startedAt" = COALESCE(${input.startedAt ?? null}::timestamptz, m."startedAt"),
      "endedAt" = ${input.endedAt}::timestamptz,
      "version" = m."version" + 1,
      "updatedAt" = now()
    WHERE m."meetingUuid" = ${input.meetingUuid} AND m."logState" = 'PENDING' AND m."hostZoomUserId" = ${input.hostZoomUserId}
      AND (m."endedAt" IS DISTINCT FROM ${input.endedAt}::timestamptz OR m."startedAt" IS DISTINCT FROM COALESCE(${input.startedAt ?? null}::timestamptz, m."startedAt"))
    RETURNING m."domainId"::text AS "domainId", m."meetingUuid", 'PENDING' AS "state"`;
}

/** Auto mode logs only for a host user who may write the timeline (a later licence change is honoured). */
async function mayWriteTimeline(tx: Prisma.TransactionClient, userId: string): Promise<boolean> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { licence: true, isAdmin: true } });
  return user !== null && can(user, 'writeTimeline').allowed;
}

const endInputSchema = z.object({ meetingUuid: z.string().min(1).max(200), endedAt: z.date() });

/**
 * Processes the end of a meeting once, whichever signal comes first (SPEC, issue 7): the log becomes
 * PENDING with the meeting's activity chosen (see `pinMeetingActivity`), and in AUTO mode that activity
 * (or a new one) is logged in the same transaction (LOGGED). Without a host user or a chosen company it
 * stays PENDING and the after-call panel asks. Later signals change nothing but a pending log's times.
 */
export async function endMeeting(prisma: PrismaClient, input: EndMeetingInput): Promise<EndedMeeting[]> {
  if (!endInputSchema.safeParse(input).success) {
    throw new AppError('VALIDATION', 'Not a meeting end.', { errors: [{ path: 'meetingUuid', message: 'Not a meeting id.' }] });
  }
  return prisma.$transaction(async (tx) => {
    const claimed = await claimEndedMeetings(tx, input);
    if (claimed.length === 0) return correctPendingTimes(tx, input);
    const locked = await lockMeetings(
      tx,
      claimed.map((row) => row.id),
    );
    const modeOf = new Map(claimed.map((row) => [row.id, row.mode]));
    const ended: EndedMeeting[] = [];
    for (const claimedMeeting of locked) {
      const meeting = { ...claimedMeeting, logActivityId: (await pinMeetingActivity(tx, claimedMeeting))?.id ?? claimedMeeting.logActivityId };
      const { hostUserId } = meeting;
      const auto = modeOf.get(meeting.id) === 'AUTO' && meeting.companyId !== null && hostUserId !== null;
      if (auto && (await mayWriteTimeline(tx, hostUserId))) {
        await logMeeting(tx, { meeting, hostUserId, mode: 'AUTO' });
        ended.push({ domainId: meeting.domainId, meetingUuid: meeting.meetingUuid, state: 'LOGGED' });
      } else {
        ended.push({ domainId: meeting.domainId, meetingUuid: meeting.meetingUuid, state: 'PENDING' });
      }
    }
    return ended;
  });
}
