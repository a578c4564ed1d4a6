import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { now } from '../clock/index.ts';
import { AppError } from '../errors/app-error.ts';
import { assertCan } from '../permissions/can.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { lockDraftKey, rememberDiscardedKey } from './discarded-draft-keys.ts';
import { findVisibleActivity } from './find-visible-activity.ts';
import type { Actor } from '../permissions/actor.ts';

/**
 * How long after logging its author may still take a log back ("Undo" on the sidebar's confirmation):
 * longer than the confirmation shows, so an Undo the write queue had to re-send still arrives in time.
 */
export const UNDO_LOG_WINDOW_MS = 60_000;

/**
 * Discards one of the actor's own drafts, or takes back their log within `UNDO_LOG_WINDOW_MS` of logging
 * it; after that a logged activity is part of the record and stays, as does a meeting's after-call log
 * (the meeting is filed as logged with it).
 */
export async function deleteActivity(prisma: PrismaClient, actor: Actor, activityId: string): Promise<void> {
  assertCan(actor, 'writeTimeline');
  const activity = await findVisibleActivity(prisma, actor, activityId);
  if (activity.authorId !== actor.id) throw new AppError('FORBIDDEN', 'Only the author of an activity can delete it.');
  const undoing = activity.status === 'LOGGED';
  if (undoing && !(await canUndoLog(prisma, activity.id, activity.loggedAt))) {
    throw new AppError('FORBIDDEN', 'A logged activity cannot be deleted, only drafts (or a log just made, to undo it).');
  }
  const { idempotencyKey } = activity;
  await prisma.$transaction(async (tx) => {
    if (idempotencyKey !== null) await lockDraftKey(tx, actor.id, idempotencyKey);
    // The status in the WHERE keeps a draft logged meanwhile from being deleted.
    const { count } = await tx.activity.deleteMany({ where: { id: activity.id, authorId: actor.id, status: activity.status } });
    if (count === 0) throw new AppError('CONFLICT', 'The draft was logged or deleted meanwhile.');
    // An autosave of it may still be on its way from another window: that create must not bring it back.
    if (idempotencyKey !== null) await rememberDiscardedKey(tx, actor, idempotencyKey);
    // The trail keeps its `activity.logged`; this says it was taken back.
    if (undoing) {
      await recordAuditEvent(tx, {
        type: 'activity.log-undone',
        domainId: actor.domainId,
        userId: actor.id,
        companyId: activity.companyId,
        relationshipId: activity.relationshipId,
        meetingUuid: activity.meetingUuid,
        data: { activityId: activity.id, version: activity.version, activityType: activity.type },
      });
    }
  });
}

async function canUndoLog(prisma: PrismaClient, activityId: string, loggedAt: Date | null): Promise<boolean> {
  if (loggedAt === null || now().getTime() - loggedAt.getTime() > UNDO_LOG_WINDOW_MS) return false;
  const meetingLog = await prisma.meeting.count({ where: { logActivityId: activityId } });
  return meetingLog === 0;
}
