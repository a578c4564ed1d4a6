import { createApiKeySchema, isUuid, type ApiKeyList, type CreatedApiKey } from '@c360/contracts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { now } from '../clock/clock.ts';
import { AppError } from '../errors/app-error.ts';
import { parseInput } from '../errors/parse-input.ts';
import { isUniqueViolation } from '../errors/unique-violation.ts';
import type { Actor } from '../permissions/actor.ts';
import { assertCan } from '../permissions/can.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { displayPrefixOf, hashApiKey, newApiKey } from './api-key-secret.ts';
import { apiKeyViewColumns, toApiKeyView } from './api-key-view.ts';

export interface CreateApiKeyOptions {
  /** The sidebar's `Idempotency-Key`: a retry of the same create makes no second key. */
  idempotencyKey?: string | undefined;
}

/**
 * Makes an API access key for the admin's domain (tenant admins only; the check comes before the input is
 * read). The key is answered this once: the store keeps only its hash and its first characters. A retry with
 * the create's `Idempotency-Key` (its first answer was lost on the way) cannot be answered the first key,
 * which is not kept: the same key record gets a new secret instead, so there is still one key, and the answer
 * holds the one that works.
 */
export async function createApiKey(prisma: PrismaClient, admin: Actor, body: unknown, { idempotencyKey }: CreateApiKeyOptions = {}): Promise<CreatedApiKey> {
  assertCan(admin, 'administer');
  const { name } = parseInput(createApiKeySchema, body);
  const key = newApiKey();
  const secret = { prefix: displayPrefixOf(key), keyHash: hashApiKey(key) };
  const write = () =>
    prisma.$transaction(async (tx) => {
      const retried =
        idempotencyKey === undefined ? null : await tx.apiKey.findFirst({ where: { createdById: admin.id, idempotencyKey, domainId: admin.domainId } });
      if (retried?.revokedAt) throw new AppError('CONFLICT', 'This API key was revoked meanwhile: create another.');
      const row = retried
        ? await tx.apiKey.update({ where: { id: retried.id }, data: secret, select: { id: true, name: true, prefix: true } })
        : await tx.apiKey.create({
            data: { domainId: admin.domainId, name, ...secret, createdById: admin.id, createdAt: now(), idempotencyKey: idempotencyKey ?? null },
            select: { id: true, name: true, prefix: true },
          });
      await recordAuditEvent(tx, {
        type: retried ? 'admin.api-key.reissued' : 'admin.api-key.created',
        domainId: admin.domainId,
        userId: admin.id,
        data: { keyId: row.id, name: row.name, prefix: row.prefix },
      });
      return { id: row.id, name: row.name, key };
    });
  try {
    return await write();
  } catch (error) {
    // Two sends of one create at once: the second finds the first's key.
    if (!isUniqueViolation(error)) throw error;
    return write();
  }
}

/** The domain's keys, newest first, revoked ones with when (tenant admins only); never a key or its hash. */
export async function listApiKeys(prisma: PrismaClient, admin: Actor): Promise<ApiKeyList> {
  assertCan(admin, 'administer');
  const rows = await prisma.apiKey.findMany({
    where: { domainId: admin.domainId },
    select: apiKeyViewColumns,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  });
  return { keys: rows.map(toApiKeyView) };
}

/**
 * Revokes one of the domain's keys (tenant admins only): it is refused from its next call on. Another
 * domain's key, or no key, is a 404 as if absent; revoking a revoked key again changes nothing.
 */
export async function revokeApiKey(prisma: PrismaClient, admin: Actor, id: string): Promise<void> {
  assertCan(admin, 'administer');
  const notFound = new AppError('NOT_FOUND', 'No such API key in your Gainsight domain.');
  if (!isUuid(id)) throw notFound;
  await prisma.$transaction(async (tx) => {
    const key = await tx.apiKey.findFirst({ where: { id, domainId: admin.domainId }, select: { id: true, name: true, prefix: true, revokedAt: true } });
    if (!key) throw notFound;
    if (key.revokedAt) return;
    await tx.apiKey.update({ where: { id }, data: { revokedAt: now() } });
    await recordAuditEvent(tx, {
      type: 'admin.api-key.revoked',
      domainId: admin.domainId,
      userId: admin.id,
      data: { keyId: id, name: key.name, prefix: key.prefix },
    });
  });
}
