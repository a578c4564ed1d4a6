import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Prisma, type PrismaClient } from '../store/prisma.ts';

/** What an export reads the store through: the snapshot's transaction. */
export type ExportStore = Prisma.TransactionClient;

/** Reading a whole domain (a million people is a few minutes) must not be cut by the default 5 s of a transaction. */
export const EXPORT_SNAPSHOT_TIMEOUT_MS = 15 * 60_000;

/**
 * The bytes of an export read as one snapshot of the store: `read` runs inside one REPEATABLE READ
 * transaction, so a record changed or added while the export is read is exported as it was when it began,
 * and the files' references agree with each other. What it yields is spooled to a temporary file and sent
 * from there: the transaction lasts the read, not the download, so a slow browser holds none open (PostgreSQL
 * ends a transaction left idle, and the embedded store has one connection for everyone). The file is removed
 * when the download ends, however it ends.
 */
export async function* snapshotOf(
  prisma: PrismaClient,
  read: (store: ExportStore) => AsyncIterable<Uint8Array | string>,
): AsyncGenerator<Uint8Array, void, undefined> {
  const dir = await mkdtemp(join(tmpdir(), 'c360-export-'));
  const file = join(dir, 'export');
  try {
    await prisma.$transaction((tx) => pipeline(read(tx), createWriteStream(file)), {
      isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead,
      timeout: EXPORT_SNAPSHOT_TIMEOUT_MS,
    });
    for await (const chunk of createReadStream(file)) yield chunk as Buffer;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
