import { discardDraftSchema } from '@c360/contracts';
import { AppError } from '../errors/app-error.ts';
import { parseInput } from '../errors/parse-input.ts';
import { assertCan } from '../permissions/can.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { lockDraftKey, rememberDiscardedKey } from './discarded-draft-keys.ts';
import type { Actor } from '../permissions/actor.ts';

/**
 * Cancel on a new activity, which the editor names by its Idempotency-Key because its autosave may not
 * have answered yet: the draft created with the key is deleted if it got that far, and the key is
 * remembered, so a create with it arriving later makes nothing. A retry finds nothing left and succeeds
 * too. A key whose activity was logged meanwhile is a CONFLICT: logged activities are part of the record.
 */
export async function discardDraft(prisma: PrismaClient, actor: Actor, input: unknown): Promise<void> {
  assertCan(actor, 'writeTimeline');
  const { idempotencyKey } = parseInput(discardDraftSchema, input);
  await prisma.$transaction(async (tx) => {
    await lockDraftKey(tx, actor.id, idempotencyKey);
    const activity = await tx.activity.findUnique({
      where: { authorId_idempotencyKey: { authorId: actor.id, idempotencyKey } },
      select: { id: true, status: true },
    });
    if (activity?.status === 'LOGGED') throw new AppError('CONFLICT', 'The activity was logged meanwhile: only a draft can be discarded.');
    if (activity) await tx.activity.delete({ where: { id: activity.id } });
    await rememberDiscardedKey(tx, actor, idempotencyKey);
  });
}
