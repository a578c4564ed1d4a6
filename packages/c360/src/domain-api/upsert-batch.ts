import { apiUpsertBatchSchema, type ApiRecordError, type ApiRecordResult, type ApiUpsertResult } from '@c360/contracts';
import type { z } from 'zod';
import type { ApiKeyCaller } from '../api-keys/authenticate-api-key.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { parseInput } from '../errors/parse-input.ts';
import { isUniqueViolation } from '../errors/unique-violation.ts';
import { Prisma, type PrismaClient } from '../store/prisma.ts';

/** What became of one valid record (its index and ExternalId are added by the batch). */
export type RecordOutcome = Omit<ApiRecordResult, 'index' | 'ExternalId'>;

/** Whether a stored value is what a record sends (decimals by value, dates by instant). */
function same(stored: unknown, sent: unknown): boolean {
  if (stored instanceof Prisma.Decimal && sent instanceof Prisma.Decimal) return stored.equals(sent);
  if (stored instanceof Date && sent instanceof Date) return stored.getTime() === sent.getTime();
  return stored === sent;
}

/** The columns a record would change in a stored row, or null when it changes nothing (so nothing is written). */
export function changedColumns<Columns extends object>(stored: object, sent: Columns): Partial<Columns> | null {
  const changed = Object.entries(sent).filter(([column, value]) => !same((stored as Record<string, unknown>)[column], value));
  return changed.length === 0 ? null : (Object.fromEntries(changed) as Partial<Columns>);
}

/** A record's errors in its own field names: an unknown field is named itself, a record that is no object by ''. */
export function recordErrorsOf(error: z.ZodError): ApiRecordError[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: key, message: 'This field is not one the API takes.' }))
      : [{ field: issue.path.map(String).join('.'), message: issue.message }],
  );
}

/** The ExternalId a record was sent with, to name it in the answer even when the record is refused. */
function externalIdOf(record: unknown): string | null {
  if (typeof record !== 'object' || record === null) return null;
  const value = (record as { ExternalId?: unknown }).ExternalId;
  return typeof value === 'string' ? value : null;
}

/**
 * Every call of the domain API that was served is audited once: which key, which endpoint and what became
 * of its records. Refused calls (401, 400, 429) write nothing, as every refused request.
 */
async function auditApiCall(
  prisma: Pick<PrismaClient, 'auditEvent'>,
  caller: ApiKeyCaller,
  endpoint: string,
  results: readonly ApiRecordResult[],
): Promise<void> {
  const count = (status: ApiRecordResult['status']) => results.filter((result) => result.status === status).length;
  await recordAuditEvent(prisma, {
    type: 'api.call',
    domainId: caller.domainId,
    data: {
      keyId: caller.keyId,
      endpoint,
      records: results.length,
      created: count('created'),
      updated: count('updated'),
      unchanged: count('unchanged'),
      errors: count('error'),
    },
  });
}

/** How one kind of record is upserted: its schema, its write, and the error a lost race on a unique index means. */
export interface RecordUpsert<Schema extends z.ZodType> {
  /** e.g. `POST /api/v1/companies`, as the audit names it. */
  endpoint: string;
  schema: Schema;
  /** One record in its own transaction, within the domain. */
  upsert: (prisma: PrismaClient, domainId: string, record: z.infer<Schema>) => Promise<RecordOutcome>;
  /** Many records by the same rules in a few statements (an import's batch), answered in their order. */
  upsertMany?: (prisma: PrismaClient, domainId: string, records: ReadonlyArray<z.infer<Schema>>) => Promise<RecordOutcome[]>;
  /** The refusals a record would get from the records it names (company, type, user…), read without writing: the dry run's check. */
  check?: (prisma: PrismaClient, domainId: string, record: z.infer<Schema>) => Promise<ApiRecordError[]>;
  /** What a record is told when a concurrent call still holds its unique value after a second try. */
  conflict: ApiRecordError;
}

/** A `check` made of a record's read-only lookups (`resolve`), which answer `{errors}` for a record they refuse. */
export const checkBy =
  <Record>(resolve: (prisma: PrismaClient, domainId: string, record: Record) => Promise<{ errors: ApiRecordError[] } | object>) =>
  async (prisma: PrismaClient, domainId: string, record: Record): Promise<ApiRecordError[]> => {
    const resolved = await resolve(prisma, domainId, record);
    return 'errors' in resolved ? (resolved.errors as ApiRecordError[]) : [];
  };

/**
 * A concurrent call may take a unique value (an ExternalId, a name, an e-mail) between a record's checks and
 * its write: the record is tried once more, when it finds that call's row, and else refused with `conflict`.
 */
export async function upsertWithRetry<Schema extends z.ZodType>(
  prisma: PrismaClient,
  domainId: string,
  record: z.infer<Schema>,
  kind: RecordUpsert<Schema>,
): Promise<RecordOutcome> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await kind.upsert(prisma, domainId, record);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (attempt === 2) return { status: 'error', errors: [kind.conflict] };
    }
  }
}

/** Valid records of one kind, in their order: together when the kind can (`upsertMany`), else one by one. */
export async function upsertAll<Schema extends z.ZodType>(
  prisma: PrismaClient,
  domainId: string,
  records: ReadonlyArray<z.infer<Schema>>,
  kind: RecordUpsert<Schema>,
): Promise<RecordOutcome[]> {
  if (kind.upsertMany) return kind.upsertMany(prisma, domainId, records);
  const outcomes: RecordOutcome[] = [];
  for (const record of records) outcomes.push(await upsertWithRetry(prisma, domainId, record, kind));
  return outcomes;
}

/**
 * One upsert call of the domain API: 1 to 50 records (else a VALIDATION error naming `records`, writing
 * nothing), each checked and written on its own, so a bad record is answered with its field errors and
 * writes nothing while the good ones are written. Answered in the request's order, and audited.
 */
export async function upsertBatch<Schema extends z.ZodType>(
  prisma: PrismaClient,
  caller: ApiKeyCaller,
  body: unknown,
  kind: RecordUpsert<Schema>,
): Promise<ApiUpsertResult> {
  const { records } = parseInput(apiUpsertBatchSchema, body);
  const parsed = records.map((sent) => kind.schema.safeParse(sent));
  const valid = parsed.flatMap((result, index) => (result.success ? [{ index, record: result.data as z.infer<Schema> }] : []));
  const written = await upsertAll(
    prisma,
    caller.domainId,
    valid.map(({ record }) => record),
    kind,
  );
  const outcomeOf = new Map(valid.map(({ index }, k) => [index, written[k]!]));
  const results: ApiRecordResult[] = records.map((sent, index) => {
    const result = parsed[index]!;
    return { index, ExternalId: externalIdOf(sent), ...(result.success ? outcomeOf.get(index)! : { status: 'error', errors: recordErrorsOf(result.error) }) };
  });
  await auditApiCall(prisma, caller, kind.endpoint, results);
  return { results };
}
