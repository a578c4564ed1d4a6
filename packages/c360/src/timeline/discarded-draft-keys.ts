import { now } from '../clock/index.ts';
import { AppError } from '../errors/app-error.ts';
import type { Prisma } from '../store/prisma.ts';
import type { Actor } from '../permissions/actor.ts';

/**
 * Takes a draft's Idempotency-Key until the transaction ends. A create with the key and a discard of it
 * hold the same lock, so a create still on its way when the draft is discarded either lands first (and is
 * deleted by the discard) or finds the key discarded: it never brings the draft back afterwards.
 */
export async function lockDraftKey(tx: Prisma.TransactionClient, authorId: string, idempotencyKey: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${authorId}::text), hashtext(${idempotencyKey}::text))`;
}

/** Remembers that the author discarded the draft of this key (once, however often it is discarded). */
export async function rememberDiscardedKey(tx: Prisma.TransactionClient, actor: Actor, idempotencyKey: string): Promise<void> {
  await tx.discardedDraftKey.createMany({
    data: [{ authorId: actor.id, domainId: actor.domainId, idempotencyKey, discardedAt: now() }],
    skipDuplicates: true,
  });
}

/** A create with a discarded draft's key is refused: the user cancelled that activity. */
export async function refuseDiscardedKey(tx: Prisma.TransactionClient, authorId: string, idempotencyKey: string): Promise<void> {
  const discarded = await tx.discardedDraftKey.findUnique({ where: { authorId_idempotencyKey: { authorId, idempotencyKey } }, select: { authorId: true } });
  if (discarded) throw new AppError('CONFLICT', 'This draft was discarded. Start a new activity to log it.');
}
