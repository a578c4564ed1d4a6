import type { ImportObject } from '@c360/contracts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { assertCan } from '../permissions/can.ts';
import type { Actor } from '../permissions/actor.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { savedMapping } from './import-mapping.ts';
import { limitBytes } from './limit-bytes.ts';

/** Who starts an import, as the job keeps it: a tenant admin, or an API key of the domain (one of the two). */
export type ImportStarter = { domainId: string } & ({ createdById: string; apiKeyId?: never } | { apiKeyId: string; createdById?: never });

/** What the audit of a start is told: the job and the size of its file. */
export interface StartedImport {
  importId: string;
  object: ImportObject;
  bytes: number;
}

/**
 * Keeps the file (at most 50 MB) as a queued import, with the object's saved column mapping as it is now, and
 * answers its id; `runImport` does the rest, so the import goes on after its caller has gone. `audit` records
 * the start in the same transaction.
 */
export async function queueImport(
  prisma: PrismaClient,
  starter: ImportStarter,
  object: ImportObject,
  file: AsyncIterable<Uint8Array>,
  charset: string | undefined,
  audit: (tx: Pick<PrismaClient, 'auditEvent'>, started: StartedImport) => Promise<void>,
): Promise<{ id: string }> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of limitBytes(file)) chunks.push(chunk);
  const bytes = Buffer.concat(chunks);
  return prisma.$transaction(async (tx) => {
    const mapping = await savedMapping(tx, starter.domainId, object);
    const job = await tx.importJob.create({ data: { ...starter, object, file: bytes, charset: charset ?? null, mapping }, select: { id: true } });
    await audit(tx, { importId: job.id, object, bytes: bytes.length });
    return job;
  });
}

/** `POST /api/admin/imports` without a dry run: the admin's domain's queued import of the file. */
export async function startImport(
  prisma: PrismaClient,
  admin: Actor,
  object: ImportObject,
  file: AsyncIterable<Uint8Array>,
  charset?: string,
): Promise<{ id: string }> {
  assertCan(admin, 'administer');
  return queueImport(prisma, { domainId: admin.domainId, createdById: admin.id }, object, file, charset, (tx, started) =>
    recordAuditEvent(tx, { type: 'import.started', domainId: admin.domainId, userId: admin.id, data: { ...started } }),
  );
}
