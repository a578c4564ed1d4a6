import type { ImportObject } from '@c360/contracts';
import type { z } from 'zod';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { now } from '../clock/index.ts';
import { companyUpsert } from '../domain-api/upsert-companies.ts';
import { personUpsert } from '../domain-api/upsert-people.ts';
import { relationshipUpsert } from '../domain-api/upsert-relationships.ts';
import { companyAttributeValueUpsert } from '../domain-api/upsert-company-attribute-values.ts';
import { measureScoreUpsert } from '../domain-api/upsert-measure-scores.ts';
import { ctaUpsert } from '../domain-api/upsert-ctas.ts';
import { ticketUpsert } from '../domain-api/upsert-tickets.ts';
import { ticketReplyUpsert } from '../domain-api/upsert-ticket-replies.ts';
import { activityUpsert } from '../domain-api/upsert-activities.ts';
import type { LaterLinks, RecordUpsert, Written } from '../domain-api/upsert-batch.ts';
import { isAppError } from '../errors/app-error.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { checkImportRows, ImportErrors, reportOf, type CheckedRow } from './check-import-file.ts';
import { mappingOf } from './import-mapping.ts';
import { countRecords, readCsvRows } from './read-csv-rows.ts';

/** Each object is written as the domain API writes a record of it: one way to upsert, whoever sends it. */
export const WRITERS: Record<ImportObject, RecordUpsert<z.ZodType>> = {
  companies: companyUpsert,
  relationships: relationshipUpsert,
  people: personUpsert,
  companyAttributeValues: companyAttributeValueUpsert,
  measureScores: measureScoreUpsert,
  ctas: ctaUpsert,
  tickets: ticketUpsert,
  ticketReplies: ticketReplyUpsert,
  activities: activityUpsert,
};

/**
 * Rows written together (one transaction), and between two progress updates (each also asks whether the import
 * was cancelled). A batch's statements are set-based, so a larger batch costs few more round trips: 2 000 rows
 * are written in well under a second, and the progress still moves every second or so.
 */
const BATCH_ROWS = 2_000;

/** A RUNNING import not updated for this long lost its process (a progress update comes every few seconds at most). */
export const STALE_IMPORT_MS = 60_000;

async function* bytesOf(file: Uint8Array): AsyncGenerator<Uint8Array> {
  yield file;
}

interface Tally {
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Runs a queued import: claims it (so two processes never run one import), counts the file's records on its
 * bytes (the total the progress shows; the parsed count replaces it at the end, should a line fool it), then checks
 * and writes them in batches as the domain API writes records (a refused row is recorded with its row and
 * column, the others are written), updating the progress after each batch. A cancel is seen at the next
 * update. Running the same file again changes nothing.
 */
export async function runImport(prisma: PrismaClient, id: string): Promise<void> {
  const claimed = await prisma.importJob.updateMany({ where: { id, state: 'QUEUED' }, data: { state: 'RUNNING', updatedAt: now() } });
  if (claimed.count === 0) return;
  const job = await prisma.importJob.findUniqueOrThrow({
    where: { id },
    select: { domainId: true, object: true, file: true, charset: true, mapping: true, createdById: true, apiKeyId: true },
  });
  const object = job.object as ImportObject;
  const charset = job.charset ?? undefined;
  const errors = new ImportErrors();
  const counted = { rows: 0 };
  const tally: Tally = { created: 0, updated: 0, unchanged: 0 };
  const progress = () => ({ rowsDone: counted.rows, ...tally, errorCount: errors.count, errors: reportOf(counted.rows, errors).errors, updatedAt: now() });
  /** Saves the progress unless the import was cancelled meanwhile; false when it was. */
  const save = async () => (await prisma.importJob.updateMany({ where: { id, state: 'RUNNING' }, data: progress() })).count === 1;
  try {
    await prisma.importJob.update({ where: { id }, data: { rowsTotal: Math.max(0, countRecords(job.file) - 1), updatedAt: now() } });
    const writer = WRITERS[object];
    // A row's later links (a person's manager, who may come further down the file) are set once every row is written.
    const { later } = writer;
    const written: Array<Written<unknown> & { row: number }> = [];
    let batch: CheckedRow[] = [];
    const write = async () => {
      const outcomes = await (later?.upsertMany ?? writer.upsertMany)(
        prisma,
        job.domainId,
        batch.map(({ record }) => record),
      );
      outcomes.forEach((outcome, k) => {
        const { row, record } = batch[k]!;
        if (outcome.status === 'error') for (const error of outcome.errors ?? []) errors.add({ row, column: error.field, message: error.message });
        else {
          tally[outcome.status] += 1;
          if (later) written.push({ row, record, outcome });
        }
      });
      batch = [];
      return save();
    };
    for await (const checked of checkImportRows(object, readCsvRows(bytesOf(job.file), charset), errors, counted, mappingOf(job.mapping))) {
      batch.push(checked);
      if (batch.length === BATCH_ROWS && !(await write())) return;
    }
    if (!(await write())) return;
    if (later) await linkLater(prisma, job.domainId, later, written, tally, errors);
    await finish(prisma, id, 'DONE', { ...progress(), rowsTotal: counted.rows });
  } catch (error) {
    const message = isAppError(error) ? (error.errors?.[0]?.message ?? error.message) : 'The import stopped on an error of ours: run it again.';
    errors.add({ row: 1, column: '', message });
    await finish(prisma, id, 'FAILED', progress());
    if (!isAppError(error)) throw error;
  }
  await recordAuditEvent(prisma, {
    type: 'import.finished',
    domainId: job.domainId,
    userId: job.createdById,
    // A bulk job of the domain API names its key, as every API call's audit does.
    data: { importId: id, object, rows: counted.rows, ...tally, errors: errors.count, ...(job.apiKeyId && { keyId: job.apiKeyId }) },
  });
}

/**
 * Sets the written rows' later links, recounting a row whose only change is its link as updated. A link refused
 * is its row's error, though the rest of the row was written (and is counted as such).
 */
async function linkLater(
  prisma: PrismaClient,
  domainId: string,
  later: LaterLinks<unknown>,
  written: ReadonlyArray<Written<unknown> & { row: number }>,
  tally: Tally,
  errors: ImportErrors,
): Promise<void> {
  const outcomes = await later.link(prisma, domainId, written);
  outcomes.forEach((outcome, k) => {
    const { row, outcome: before } = written[k]!;
    if (outcome.status === 'error') for (const error of outcome.errors ?? []) errors.add({ row, column: error.field, message: error.message });
    else if (outcome.status !== before.status && before.status !== 'error') {
      tally[before.status] -= 1;
      tally[outcome.status] += 1;
    }
  });
}

async function finish(prisma: PrismaClient, id: string, state: 'DONE' | 'FAILED', progress: object): Promise<void> {
  await prisma.importJob.updateMany({ where: { id, state: 'RUNNING' }, data: { ...progress, state, finishedAt: now() } });
}

/**
 * At the BFF's start: imports whose process ended mid-run (RUNNING, not updated for a minute) are queued again,
 * and every queued import is run, one after the other. Starting over is safe: rows already written are unchanged.
 */
export async function runPendingImports(prisma: PrismaClient): Promise<void> {
  await prisma.importJob.updateMany({
    where: { state: 'RUNNING', updatedAt: { lt: new Date(now().getTime() - STALE_IMPORT_MS) } },
    data: { state: 'QUEUED', updatedAt: now() },
  });
  const queued = await prisma.importJob.findMany({ where: { state: 'QUEUED' }, orderBy: { createdAt: 'asc' }, select: { id: true } });
  for (const { id } of queued) await runImport(prisma, id);
}
