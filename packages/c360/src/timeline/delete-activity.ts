import { AppError } from '../errors/app-error.ts';
import { assertCan } from '../permissions/can.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { findVisibleActivity } from './find-visible-activity.ts';
import type { TimelineActor } from './timeline-actor.ts';

/** Discards one of the actor's own drafts; logged activities are part of the record and stay. */
export async function deleteActivity(prisma: PrismaClient, actor: TimelineActor, activityId: string): Promise<void> {
  assertCan(actor, 'writeTimeline');
  const activity = await findVisibleActivity(prisma, actor, activityId);
  if (activity.authorId !== actor.id) throw new AppError('FORBIDDEN', 'Only the author of an activity can delete it.');
  if (activity.status !== 'DRAFT') throw new AppError('FORBIDDEN', 'A logged activity cannot be deleted, only drafts can.');
  // The status in the WHERE keeps a draft logged meanwhile from being deleted.
  const { count } = await prisma.activity.deleteMany({ where: { id: activity.id, authorId: actor.id, status: 'DRAFT' } });
  if (count === 0) throw new AppError('CONFLICT', 'The draft was logged or deleted meanwhile.');
}
