import { IMPORT_OBJECTS, type ImportObject } from '@c360/contracts';
import { describe, expect } from 'vitest';
import { fileStoreOf, storeTest as it, unzipTexts, useFixedClock } from '../../test/support/index.ts';
import { EXPORT_DEFINITIONS, EXPORT_OBJECTS, type ExportObject } from '../export/export-columns.ts';
import { exportDomain } from '../export/export-domain.ts';
import type { Actor } from '../permissions/actor.ts';
import { readImport } from './manage-imports.ts';
import { runImport } from './run-import.ts';
import { startImport } from './start-import.ts';

// Issue 17: "a round trip export → import into an empty domain reproduces the data". Acme's customer data is
// exported, deleted (its users, relationship types, attribute definitions and scorecards stay: they are the
// domain's set-up, not its data), imported from the export's own files, and exported again: the same files.
useFixedClock('2026-03-02T09:00:00.000Z');
const file = fileStoreOf(it);

/** Which import reads each exported file. */
const IMPORTED_AS: Record<ExportObject, string> = {
  company: 'companies',
  relationship: 'relationships',
  person: 'people',
  companyAttributeValue: 'companyAttributeValues',
  measureScore: 'measureScores',
  cta: 'ctas',
  supportTicket: 'tickets',
  supportTicketReply: 'ticketReplies',
  activity: 'activities',
};

async function exportedFiles(admin: Actor): Promise<Record<string, string>> {
  const parts: Buffer[] = [];
  for await (const chunk of exportDomain(file.store.prisma, admin, { format: 'zip' }).body) parts.push(Buffer.from(chunk));
  return unzipTexts(Buffer.concat(parts));
}

/** A file's data rows, in an order of their own (ids, and so the export's order, are new after an import). */
const rowsOf = (csv: string) => csv.split('\r\n').slice(1).filter(Boolean).sort();

async function* bytesOf(text: string): AsyncGenerator<Uint8Array> {
  yield new TextEncoder().encode(text);
}

async function deleteCustomerData(domainId: string): Promise<void> {
  const { prisma } = file.store;
  // Everything else a company or a relationship holds goes with it (ON DELETE CASCADE).
  await prisma.company.deleteMany({ where: { domainId } });
  await prisma.person.deleteMany({ where: { domainId } });
  expect(await prisma.activity.count({ where: { domainId } })).toBe(0);
}

describe('an export imported into a domain without customer data', () => {
  it('reproduces every file of the export', async ({ actors }) => {
    const [alex] = await actors('alex@acme.example');
    const before = await exportedFiles(alex);
    await deleteCustomerData(alex.domainId);

    for (const object of EXPORT_OBJECTS) {
      const importObject = IMPORTED_AS[object];
      expect(IMPORT_OBJECTS, `an import of ${object}`).toContain(importObject);
      const { id } = await startImport(file.store.prisma, alex, importObject as ImportObject, bytesOf(before[EXPORT_DEFINITIONS[object].file]!));
      await runImport(file.store.prisma, id);
      const job = await readImport(file.store.prisma, alex, id);
      expect({ object, state: job.state, errors: job.errors.slice(0, 3) }).toEqual({ object, state: 'DONE', errors: [] });
    }

    const after = await exportedFiles(alex);
    for (const object of EXPORT_OBJECTS) {
      const name = EXPORT_DEFINITIONS[object].file;
      expect(rowsOf(after[name]!), name).toEqual(rowsOf(before[name]!));
    }
    // The whole demo domain, nine imports (activities, CTAs and tickets a record at a time).
  }, 240_000);
});
