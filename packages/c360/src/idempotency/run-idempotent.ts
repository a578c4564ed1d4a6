import { createHash } from 'node:crypto';
import { now } from '../clock/index.ts';
import { AppError } from '../errors/app-error.ts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';

/** A write sent with an `Idempotency-Key`: whose key it is, which operation, and what it asked for. */
export interface IdempotentRequest {
  userId: string;
  domainId: string;
  /** The client's key; without one the write simply runs in its transaction. */
  key: string | undefined;
  /** Names the write, e.g. `cta.create`: a key stands for one request of one operation. */
  operation: string;
  /** Everything that makes the request this request: its target ids and its body. */
  request: unknown;
}

/** The client's `Idempotency-Key` of a write, when it sent one. */
export interface IdempotencyOptions {
  idempotencyKey?: string | undefined;
}

/** JSON with object keys sorted, so the same request always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const fingerprintOf = (operation: string, request: unknown) =>
  createHash('sha256')
    .update(`${operation}\n${canonical(request)}`)
    .digest('hex');

/**
 * Runs a write in one transaction and, when it came with an `Idempotency-Key`, stores its answer in the same
 * transaction: a retry with the key (a client that lost the first answer) gets that answer back and changes
 * nothing, and a concurrent retry waits on the key's lock and then does the same. The key reused for a
 * different request is a CONFLICT. The answer is stored as JSON, so a write answers what it would send.
 */
export async function runIdempotent<T>(prisma: PrismaClient, idempotent: IdempotentRequest, write: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  const { userId, domainId, key, operation } = idempotent;
  if (key === undefined) return prisma.$transaction(write);
  const fingerprint = fingerprintOf(operation, idempotent.request);
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${userId}::text), hashtext(${key}::text))`;
    const found = await tx.idempotencyRecord.findUnique({ where: { userId_idempotencyKey: { userId, idempotencyKey: key } } });
    if (found) {
      if (found.operation !== operation || found.fingerprint !== fingerprint) {
        throw new AppError('CONFLICT', 'This Idempotency-Key was already used for a different request.', {
          errors: [{ path: 'Idempotency-Key', message: 'Already used for a different request; send a new key.' }],
        });
      }
      return found.response as T;
    }
    const answer = await write(tx);
    const response = JSON.parse(JSON.stringify(answer ?? null)) as Prisma.InputJsonValue;
    await tx.idempotencyRecord.create({ data: { userId, domainId, idempotencyKey: key, operation, fingerprint, response, createdAt: now() } });
    return response as T;
  });
}
