import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { describe, expect } from 'vitest';
import { emptyStoreTest as it, fileStoreOf, testStoreKind } from '../../test/support/index.ts';
import { snapshotOf } from './export-snapshot.ts';

// Issue 17, Export: an export is one snapshot of the store, whatever is written while it is read.
const file = fileStoreOf(it);

async function textOf(chunks: AsyncIterable<Uint8Array>): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts).toString('utf8');
}

const exportFiles = async () => (await readdir(tmpdir())).filter((name) => name.startsWith('c360-export-'));

describe('an export snapshot', () => {
  it('reads as the store was when it began: a domain added meanwhile is in no later read', async () => {
    const { prisma } = file.store;
    let written: Promise<unknown> | undefined;
    const text = await textOf(
      snapshotOf(prisma, async function* (store) {
        yield `${await store.domain.count()}\n`;
        written = prisma.domain.create({
          data: { tenant: 'later', name: 'Added meanwhile', host: 'later.example', dataCenter: 'US1', environment: 'PRODUCTION' },
        });
        // PostgreSQL commits it now; the embedded store has one connection, which the export holds until it is read.
        if (testStoreKind() === 'postgres') await written;
        yield `${await store.domain.count()}\n`;
      }),
    );
    await written;
    const [before, after] = text.trim().split('\n');
    expect(after).toBe(before);
    expect(await prisma.domain.count()).toBe(Number(before) + 1);
  });

  it('leaves no file behind, sent in full or cut short', async () => {
    const before = await exportFiles();
    await textOf(
      snapshotOf(file.store.prisma, async function* () {
        yield 'all of it';
      }),
    );
    const cut = snapshotOf(file.store.prisma, async function* () {
      yield 'a first part';
      yield 'a second part';
    });
    await cut.next();
    await cut.return();
    expect(await exportFiles()).toEqual(before);
  });
});
