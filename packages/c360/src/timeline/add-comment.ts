import { createCommentSchema, type ActivityComment } from '@c360/contracts';
import { assertCan } from '../permissions/can.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { commentInclude, toComment } from './activity-view.ts';
import { findVisibleActivity } from './find-visible-activity.ts';
import { runIdempotent, type IdempotencyOptions } from '../idempotency/run-idempotent.ts';
import { parseInput } from '../errors/parse-input.ts';
import type { Actor } from '../permissions/actor.ts';

/** Comments on any activity the actor can see; the body is plain text. A retry with the same `Idempotency-Key` answers the first comment. */
export async function addComment(
  prisma: PrismaClient,
  actor: Actor,
  activityId: string,
  input: unknown,
  { idempotencyKey }: IdempotencyOptions = {},
): Promise<ActivityComment> {
  assertCan(actor, 'comment');
  const { body } = parseInput(createCommentSchema, input);
  const activity = await findVisibleActivity(prisma, actor, activityId);
  const idempotent = { userId: actor.id, domainId: actor.domainId, key: idempotencyKey, operation: 'comment.add', request: { activityId: activity.id, body } };
  return runIdempotent(prisma, idempotent, async (tx) =>
    toComment(
      await tx.activityComment.create({ data: { domainId: actor.domainId, activityId: activity.id, authorId: actor.id, body }, include: commentInclude }),
    ),
  );
}
