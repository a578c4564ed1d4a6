import { postMeetingLogSchema, type MeetingLogActivity, type PostMeetingLog } from '@c360/contracts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { AppError } from '../errors/app-error.ts';
import { runIdempotent, type IdempotencyOptions } from '../idempotency/run-idempotent.ts';
import { parseInput } from '../errors/parse-input.ts';
import { checkMeetingKey } from '../meetings/meeting-key.ts';
import { assertCan } from '../permissions/can.ts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';
import { resolveActivitySubject } from '../timeline/check-activity-references.ts';
import type { Actor } from '../permissions/actor.ts';
import { lockMeetings, type LockedMeeting } from './lock-meeting-log.ts';
import { logMeeting } from './log-meeting.ts';
import { findMeetingActivity } from './meeting-activity.ts';
import { writeMeetingActivity } from './write-meeting-activity.ts';

/** At most this many other pending meetings are closed by one "Save and close all". */
const MAX_CLOSE_ALL = 50;

export interface ActOnMeetingLogInput {
  meetingUuid: string;
  body: unknown;
}

/** The state a finished save or discard leaves the meeting in; a retry that finds it there did already happen. */
const DONE_STATE = { save: 'LOGGED', 'save-close-all': 'LOGGED', discard: 'DISCARDED' } as const;

/** The meeting's subject, from the panel when the meeting has none (the panel asked for one). */
async function chooseSubject(tx: Prisma.TransactionClient, meeting: LockedMeeting, edits: MeetingLogActivity | undefined): Promise<LockedMeeting> {
  if (meeting.companyId !== null || (edits?.companyId === undefined && edits?.relationshipId === undefined)) return meeting;
  const subject = await resolveActivitySubject(tx, meeting.domainId, { companyId: edits.companyId ?? null, relationshipId: edits.relationshipId ?? null });
  await tx.meeting.update({ where: { id: meeting.id }, data: subject });
  return { ...meeting, ...subject };
}

/** No log: the meeting's activity is deleted if it is a draft (one logged during the call stays as it was) and unpinned. */
async function discard(tx: Prisma.TransactionClient, meeting: LockedMeeting, actor: Actor): Promise<void> {
  const activity = await findMeetingActivity(tx, meeting);
  await tx.meeting.update({ where: { id: meeting.id }, data: { logState: 'DISCARDED', logActivityId: null } });
  if (activity?.status === 'DRAFT') await tx.activity.delete({ where: { id: activity.id } });
  await recordAuditEvent(tx, {
    type: 'meeting.log-discarded',
    domainId: meeting.domainId,
    userId: actor.id,
    companyId: meeting.companyId,
    relationshipId: meeting.relationshipId,
    meetingUuid: meeting.meetingUuid,
  });
}

/** The host's other pending meetings with the same company, locked, each logged with its own draft or topic. */
async function closeOthers(tx: Prisma.TransactionClient, meeting: LockedMeeting, actor: Actor): Promise<string[]> {
  if (meeting.companyId === null) return [];
  const others = await tx.meeting.findMany({
    where: { hostUserId: actor.id, logState: 'PENDING', domainId: meeting.domainId, companyId: meeting.companyId, id: { not: meeting.id } },
    orderBy: [{ endedAt: 'desc' }, { id: 'desc' }],
    take: MAX_CLOSE_ALL,
    select: { id: true },
  });
  const closed: string[] = [];
  for (const other of await lockMeetings(
    tx,
    others.map((row) => row.id),
    { skipLocked: true },
  )) {
    // Another request may have saved or discarded it before the lock was ours.
    if (other.logState !== 'PENDING') continue;
    await logMeeting(tx, { meeting: other, hostUserId: actor.id, mode: 'MANUAL' });
    closed.push(other.meetingUuid);
  }
  return closed;
}

/**
 * The host's answer in the after-call panel: save (log exactly one activity: the meeting's, with the
 * panel's content), save and close all (also every other pending meeting of the host with the same
 * company), discard (nothing logged, the meeting's draft deleted) or draft (the panel's content kept on the
 * meeting's activity, a draft if it is new, the log still pending). The panel's content is written only
 * from the activity version it showed (else a CONFLICT carrying the current activity). Only from PENDING;
 * a retried save or discard answers as the first time did, anything else is a CONFLICT carrying the
 * current state. Returns the meetings whose log changed; a retry with the same `Idempotency-Key` (the
 * sidebar's queued save) returns the first answer.
 */
export async function actOnMeetingLog(
  prisma: PrismaClient,
  actor: Actor,
  input: ActOnMeetingLogInput,
  { idempotencyKey }: IdempotencyOptions = {},
): Promise<string[]> {
  checkMeetingKey({ domainId: actor.domainId, meetingUuid: input.meetingUuid });
  assertCan(actor, 'writeTimeline');
  const body: PostMeetingLog = parseInput(postMeetingLogSchema, input.body);
  const idempotent = {
    userId: actor.id,
    domainId: actor.domainId,
    key: idempotencyKey,
    operation: 'meeting-log.answer',
    request: { meetingUuid: input.meetingUuid, body },
  };
  return runIdempotent(prisma, idempotent, async (tx) => {
    const row = await tx.meeting.findUnique({
      where: { domainId_meetingUuid: { domainId: actor.domainId, meetingUuid: input.meetingUuid } },
      select: { id: true },
    });
    const [locked] = await lockMeetings(tx, row ? [row.id] : []);
    if (!locked) throw new AppError('NOT_FOUND', 'No such meeting.');
    if (locked.hostUserId !== actor.id) throw new AppError('FORBIDDEN', 'Only the host of the meeting saves or discards its log.');
    if (body.action !== 'draft' && locked.logState === DONE_STATE[body.action]) return [];
    if (locked.logState !== 'PENDING') {
      throw new AppError('CONFLICT', 'This meeting log is not waiting for an answer.', { details: { state: locked.logState ?? 'IN_PROGRESS' } });
    }
    if (body.action === 'discard') {
      await discard(tx, locked, actor);
      return [locked.meetingUuid];
    }
    const meeting = await chooseSubject(tx, locked, body.activity);
    if (body.action === 'draft') {
      await writeMeetingActivity(tx, { meeting, hostUserId: actor.id, status: 'DRAFT', edits: body.activity });
      return [meeting.meetingUuid];
    }
    await logMeeting(tx, { meeting, hostUserId: actor.id, mode: 'MANUAL', edits: body.activity });
    const others = body.action === 'save-close-all' ? await closeOthers(tx, meeting, actor) : [];
    return [meeting.meetingUuid, ...others];
  });
}
