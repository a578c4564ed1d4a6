import type { ImportObject, ImportReport } from '@c360/contracts';
import { assertCan } from '../permissions/can.ts';
import type { Actor } from '../permissions/actor.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { checkImportRows, ImportErrors, reportOf } from './check-import-file.ts';
import { limitBytes } from './limit-bytes.ts';
import { readCsvRows } from './read-csv-rows.ts';
import { WRITERS } from './run-import.ts';

/** How many external ids one lookup sends. */
const LOOKUP_BATCH = 1000;

/** People name their company by its ExternalId: each one must be a company of the domain already. */
async function checkCompanyReferences(prisma: PrismaClient, domainId: string, rowsOf: Map<string, number[]>, errors: ImportErrors): Promise<void> {
  const ids = [...rowsOf.keys()];
  for (let start = 0; start < ids.length; start += LOOKUP_BATCH) {
    const batch = ids.slice(start, start + LOOKUP_BATCH);
    const found = await prisma.company.findMany({ where: { domainId, externalId: { in: batch } }, select: { externalId: true } });
    const known = new Set(found.map((company) => company.externalId));
    for (const id of batch) {
      if (known.has(id)) continue;
      for (const row of rowsOf.get(id)!)
        errors.add({ row, column: 'CompanyExternalId', message: 'No company of your domain has this ExternalId: import the companies first.' });
    }
  }
}

/**
 * `POST /api/admin/imports?dryRun=true`: reads a CSV file of `object` as the import would and reports every
 * row it would refuse, with the row, the column and why (the records a row names looked up by the object's
 * `check`, row by row). Writes nothing. Tenant admins only.
 */
export async function dryRunImport(
  prisma: PrismaClient,
  admin: Actor,
  object: ImportObject,
  file: AsyncIterable<Uint8Array>,
  charset?: string,
): Promise<ImportReport> {
  assertCan(admin, 'administer');
  const errors = new ImportErrors();
  const counted = { rows: 0 };
  const companyRows = new Map<string, number[]>();
  const { check } = WRITERS[object];
  for await (const { row, record } of checkImportRows(object, readCsvRows(limitBytes(file), charset), errors, counted)) {
    if (check) for (const { field, message } of await check(prisma, admin.domainId, record)) errors.add({ row, column: field, message });
    const company = record.CompanyExternalId;
    if (object !== 'people' || typeof company !== 'string') continue;
    const rows = companyRows.get(company);
    if (rows) rows.push(row);
    else companyRows.set(company, [row]);
  }
  await checkCompanyReferences(prisma, admin.domainId, companyRows, errors);
  return reportOf(counted.rows, errors);
}
