import type { ImportJob, ImportObject } from '@c360/contracts';
import type { ApiKeyCaller } from '../api-keys/authenticate-api-key.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { AppError } from '../errors/app-error.ts';
import { findImport } from '../imports/manage-imports.ts';
import { queueImport } from '../imports/start-import.ts';
import { UTF8_BOM } from '../export/export-format.ts';
import { csvRecord } from '../reports/csv.ts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';

// The domain API's bulk jobs (issue 17): an import file sent with a key instead of from ⋯ → Import, the same
// ImportJob run by the same runImport, followed and answered by the key's domain only.

/** Each served call is audited once, as the upserts are: which key, which endpoint, which job. */
const auditCall = (prisma: Pick<PrismaClient, 'auditEvent'>, caller: ApiKeyCaller, endpoint: string, data: Prisma.InputJsonObject) =>
  recordAuditEvent(prisma, { type: 'api.call', domainId: caller.domainId, data: { keyId: caller.keyId, endpoint, ...data } });

/** `POST /api/v1/bulk/:object`: keeps the file as a queued import of the key's domain (run it with `runImport`). */
export async function startBulkJob(
  prisma: PrismaClient,
  caller: ApiKeyCaller,
  object: ImportObject,
  file: AsyncIterable<Uint8Array>,
  charset?: string,
): Promise<{ id: string }> {
  return queueImport(prisma, { domainId: caller.domainId, apiKeyId: caller.keyId }, object, file, charset, (tx, started) =>
    auditCall(tx, caller, `POST /api/v1/bulk/${object}`, { ...started }),
  );
}

/** `GET /api/v1/bulk/:id`: a job of the key's domain with its progress (another domain's is NOT_FOUND). */
export async function readBulkJob(prisma: PrismaClient, caller: ApiKeyCaller, id: string): Promise<ImportJob> {
  const job = await findImport(prisma, caller.domainId, id);
  await auditCall(prisma, caller, 'GET /api/v1/bulk/:id', { importId: job.id });
  return job;
}

/**
 * `GET /api/v1/bulk/:id/results`: the refused rows of an ended job as CSV (row, column, message; the header is
 * row 1), as the sidebar's error report downloads them: UTF-8 with a BOM so that Excel reads Japanese. The job
 * keeps its first 1 000 errors; `errorCount` in its status counts them all. A job still running is a CONFLICT.
 */
export async function bulkJobResults(prisma: PrismaClient, caller: ApiKeyCaller, id: string): Promise<string> {
  const job = await findImport(prisma, caller.domainId, id);
  if (job.state === 'QUEUED' || job.state === 'RUNNING') throw new AppError('CONFLICT', 'The job has not ended yet: poll its status until it has.');
  await auditCall(prisma, caller, 'GET /api/v1/bulk/:id/results', { importId: job.id });
  const rows = job.errors.map((error) => csvRecord([String(error.row), error.column, error.message]));
  return UTF8_BOM + csvRecord(['row', 'column', 'message']) + rows.join('');
}
