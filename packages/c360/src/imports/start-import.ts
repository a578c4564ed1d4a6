import type { ImportObject } from '@c360/contracts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { assertCan } from '../permissions/can.ts';
import type { Actor } from '../permissions/actor.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { savedMapping } from './import-mapping.ts';
import { limitBytes } from './limit-bytes.ts';

/**
 * `POST /api/admin/imports` without a dry run: keeps the file (at most 50 MB) as a queued import of the admin's
 * domain, with the object's saved column mapping as it is now, and answers its id; `runImport` does the rest,
 * so the import goes on after the sidebar closes.
 */
export async function startImport(
  prisma: PrismaClient,
  admin: Actor,
  object: ImportObject,
  file: AsyncIterable<Uint8Array>,
  charset?: string,
): Promise<{ id: string }> {
  assertCan(admin, 'administer');
  const chunks: Uint8Array[] = [];
  for await (const chunk of limitBytes(file)) chunks.push(chunk);
  const bytes = Buffer.concat(chunks);
  return prisma.$transaction(async (tx) => {
    const mapping = await savedMapping(tx, admin.domainId, object);
    const job = await tx.importJob.create({
      data: { domainId: admin.domainId, object, file: bytes, charset: charset ?? null, mapping, createdById: admin.id },
      select: { id: true },
    });
    await recordAuditEvent(tx, { type: 'import.started', domainId: admin.domainId, userId: admin.id, data: { importId: job.id, object, bytes: bytes.length } });
    return job;
  });
}
