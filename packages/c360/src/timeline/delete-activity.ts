import { AppError } from '../errors/app-error.ts';
import { assertCan } from '../permissions/can.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { lockDraftKey, rememberDiscardedKey } from './discarded-draft-keys.ts';
import { findVisibleActivity } from './find-visible-activity.ts';
import type { Actor } from '../permissions/actor.ts';

/** Discards one of the actor's own drafts; logged activities are part of the record and stay. */
export async function deleteActivity(prisma: PrismaClient, actor: Actor, activityId: string): Promise<void> {
  assertCan(actor, 'writeTimeline');
  const activity = await findVisibleActivity(prisma, actor, activityId);
  if (activity.authorId !== actor.id) throw new AppError('FORBIDDEN', 'Only the author of an activity can delete it.');
  if (activity.status !== 'DRAFT') throw new AppError('FORBIDDEN', 'A logged activity cannot be deleted, only drafts can.');
  const { idempotencyKey } = activity;
  await prisma.$transaction(async (tx) => {
    if (idempotencyKey !== null) await lockDraftKey(tx, actor.id, idempotencyKey);
    // The status in the WHERE keeps a draft logged meanwhile from being deleted.
    const { count } = await tx.activity.deleteMany({ where: { id: activity.id, authorId: actor.id, status: 'DRAFT' } });
    if (count === 0) throw new AppError('CONFLICT', 'The draft was logged or deleted meanwhile.');
    // An autosave of it may still be on its way from another window: that create must not bring it back.
    if (idempotencyKey !== null) await rememberDiscardedKey(tx, actor, idempotencyKey);
  });
}
