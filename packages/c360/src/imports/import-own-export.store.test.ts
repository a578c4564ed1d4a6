import { describe, expect } from 'vitest';
import { importFile, storeTest as it, unzipTexts } from '../../test/support/index.ts';
import { EXPORT_DEFINITIONS } from '../export/export-columns.ts';
import { exportDomain } from '../export/export-domain.ts';
import type { Actor } from '../permissions/actor.ts';
import type { Store } from '../store/index.ts';

// Issue 17: an export imports as it is; importing a domain's own export into it changes nothing.
let store: Store;
let alex: Actor;
it.beforeAll(async ({ store: fileStore, actors }) => {
  store = fileStore;
  [alex] = await actors('alex@acme.example');
});

async function exportedFiles(): Promise<Record<string, string>> {
  const parts: Buffer[] = [];
  for await (const chunk of exportDomain(store.prisma, alex, { format: 'zip' }).body) parts.push(Buffer.from(chunk));
  return unzipTexts(Buffer.concat(parts));
}

describe("importing the domain's own export", () => {
  it.each([
    ['relationships', 'relationship'],
    ['companyAttributeValues', 'companyAttributeValue'],
    ['measureScores', 'measureScore'],
  ] as const)('of %s reads every row and changes nothing', async (object, exported) => {
    const text = (await exportedFiles())[EXPORT_DEFINITIONS[exported].file]!;
    const rows = text.split('\r\n').length - 2;
    expect(rows).toBeGreaterThan(0);
    const job = await importFile(store.prisma, alex, object, text);
    expect(job).toMatchObject({ state: 'DONE', rowsDone: rows, created: 0, updated: 0, unchanged: rows, errors: [] });
  });
});
