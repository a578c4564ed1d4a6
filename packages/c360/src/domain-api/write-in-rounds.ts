import type { ApiRecordError } from '@c360/contracts';
import { isUniqueViolation } from '../errors/unique-violation.ts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';
import type { RecordOutcome } from './upsert-batch.ts';

/**
 * One round of a batch: what its records name read in a few statements, each record judged by the rules of
 * one, the writes sent a statement per kind. A record that touches what an earlier record of the round touches
 * is answered undefined: it waits for the next round, which reads what this one wrote, so the records of one
 * thing apply in their order.
 */
export type WriteRound<Record> = (tx: Prisma.TransactionClient, domainId: string, records: readonly Record[]) => Promise<Array<RecordOutcome | undefined>>;

/** What a round's records touched so far, by keys such as `email a@b.example` or `person <id>`. */
export class Touched {
  private readonly keys = new Set<string>();

  /** Marks the keys touched; true when an earlier record touched one of them (so this one waits). */
  claim(keys: readonly string[]): boolean {
    const waits = keys.some((key) => this.keys.has(key));
    for (const key of keys) this.keys.add(key);
    return waits;
  }
}

async function writeMany<Record>(
  tx: Prisma.TransactionClient,
  domainId: string,
  records: readonly Record[],
  writeRound: WriteRound<Record>,
): Promise<RecordOutcome[]> {
  const outcomes = new Array<RecordOutcome>(records.length);
  let pending = records.map((_, index) => index);
  // The first pending record never waits, so every round answers at least one.
  while (pending.length > 0) {
    const round = await writeRound(
      tx,
      domainId,
      pending.map((index) => records[index]!),
    );
    pending = pending.filter((index, k) => {
      const outcome = round[k];
      if (outcome) outcomes[index] = outcome;
      return !outcome;
    });
  }
  return outcomes;
}

type UpsertOne<Record> = (prisma: PrismaClient, domainId: string, record: Record) => Promise<RecordOutcome>;

/**
 * A concurrent call may take a unique value (an ExternalId, a name, an e-mail) between a record's reads and its
 * write: the record is tried once more, when it finds that call's row, and else refused with `conflict`.
 */
async function upsertWithRetry<Record>(
  prisma: PrismaClient,
  domainId: string,
  record: Record,
  upsert: UpsertOne<Record>,
  conflict: ApiRecordError,
): Promise<RecordOutcome> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await upsert(prisma, domainId, record);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (attempt === 2) return { status: 'error', errors: [conflict] };
    }
  }
}

/**
 * A kind's `upsertMany` from its round: a batch (an import's, an API call's) in one transaction. If a concurrent
 * writer took one of the batch's unique values meanwhile, the batch is rolled back and its records go one by
 * one (each a batch of one, through the same rules and statements), each tried twice.
 */
export function upsertInRounds<Record>(
  writeRound: WriteRound<Record>,
  conflict: ApiRecordError,
): (prisma: PrismaClient, domainId: string, records: readonly Record[]) => Promise<RecordOutcome[]> {
  const upsertOne: UpsertOne<Record> = async (prisma, domainId, record) =>
    (await prisma.$transaction((tx) => writeMany(tx, domainId, [record], writeRound)))[0]!;
  return async (prisma, domainId, records) => {
    try {
      // A batch of thousands (an import's) takes longer than Prisma's default 5 s on a busy machine.
      return await prisma.$transaction((tx) => writeMany(tx, domainId, records, writeRound), { timeout: 60_000 });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const outcomes: RecordOutcome[] = [];
      for (const record of records) outcomes.push(await upsertWithRetry(prisma, domainId, record, upsertOne, conflict));
      return outcomes;
    }
  };
}

/**
 * A kind's `upsertMany` when it writes a record at a time, each in its own transaction (kinds whose volumes do
 * not call for rounds): the records in their order, each tried twice as above.
 */
export function oneByOne<Record>(
  upsert: UpsertOne<Record>,
  conflict: ApiRecordError,
): (prisma: PrismaClient, domainId: string, records: readonly Record[]) => Promise<RecordOutcome[]> {
  return async (prisma, domainId, records) => {
    const outcomes: RecordOutcome[] = [];
    for (const record of records) outcomes.push(await upsertWithRetry(prisma, domainId, record, upsert, conflict));
    return outcomes;
  };
}
