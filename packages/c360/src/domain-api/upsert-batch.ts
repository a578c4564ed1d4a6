import { apiUpsertBatchSchema, type ApiRecordError, type ApiRecordResult, type ApiUpsertResult } from '@c360/contracts';
import type { z } from 'zod';
import type { ApiKeyCaller } from '../api-keys/authenticate-api-key.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { parseInput } from '../errors/parse-input.ts';
import { Prisma, type PrismaClient } from '../store/prisma.ts';

/** What became of one valid record (its index and ExternalId are added by the batch). */
export type RecordOutcome = Omit<ApiRecordResult, 'index' | 'ExternalId'>;

/** A column a record sets when it sends the field: a field left out leaves the stored value, a null clears it. */
export const sentField = <Column extends string, Value>(column: Column, value: Value | undefined): Partial<Record<Column, Value>> =>
  value === undefined ? {} : ({ [column]: value } as Record<Column, Value>);

/** Whether a stored value is what a record sends (decimals by value, dates by instant), as Prisma reads them. */
function same(stored: unknown, sent: unknown): boolean {
  if (stored instanceof Prisma.Decimal && sent instanceof Prisma.Decimal) return stored.equals(sent);
  if (stored instanceof Date && sent instanceof Date) return stored.getTime() === sent.getTime();
  return stored === sent;
}

/** The columns a record would change in a stored row (read through Prisma, or as the store's text by a set-based kind), or null when it changes nothing. */
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

/** A record with what its upsert answered (a refused one is left as it is), to set its later links. */
export interface Written<Record> {
  record: Record;
  outcome: RecordOutcome;
}

/**
 * Links a record makes to a record that may come later in the same call or file (a person's manager): the
 * records are written without them, and the links set once every record is. The kind's `upsertMany` does both.
 */
export interface LaterLinks<Record> {
  /** The records' writes, without their later links. */
  upsertMany: (prisma: PrismaClient, domainId: string, records: readonly Record[]) => Promise<RecordOutcome[]>;
  /** Sets the later links of written records in one statement, answering each record's outcome anew. */
  link: (prisma: PrismaClient, domainId: string, written: ReadonlyArray<Written<Record>>) => Promise<RecordOutcome[]>;
}

/**
 * The refusals records would get from the records they name (company, type, user…), read without writing, in
 * the records' order: the dry run's check of its rows.
 */
export type CheckRecords<Record> = (prisma: PrismaClient, domainId: string, records: readonly Record[]) => Promise<ApiRecordError[][]>;

/** How one kind of record is upserted: its schema and its write. */
export interface RecordUpsert<Schema extends z.ZodType> {
  /** e.g. `POST /api/v1/companies`, as the audit names it. */
  endpoint: string;
  schema: Schema;
  /** Valid records (an API call's, an import's batch) by the rules of one, answered in their order. */
  upsertMany: (prisma: PrismaClient, domainId: string, records: ReadonlyArray<z.infer<Schema>>) => Promise<RecordOutcome[]>;
  /** The dry run's check of a file's rows. */
  check?: CheckRecords<z.infer<Schema>>;
  /** For a kind whose records link to records that may come later (an import sets them at the end of its file). */
  later?: LaterLinks<z.infer<Schema>>;
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
  const written = await kind.upsertMany(
    prisma,
    caller.domainId,
    valid.map(({ record }) => record),
  );
  const outcomeOf = new Map(valid.map(({ index }, k) => [index, written[k]!]));
  const results: ApiRecordResult[] = records.map((sent, index) => {
    const result = parsed[index]!;
    return { index, ExternalId: externalIdOf(sent), ...(result.success ? outcomeOf.get(index)! : { status: 'error', errors: recordErrorsOf(result.error) }) };
  });
  await auditApiCall(prisma, caller, kind.endpoint, results);
  return { results };
}
