import type { ImportObject, ImportReport } from '@c360/contracts';
import { assertCan } from '../permissions/can.ts';
import type { Actor } from '../permissions/actor.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { checkImportRows, ImportErrors, reportOf } from './check-import-file.ts';
import { savedMapping } from './import-mapping.ts';
import { referenceErrorOf } from './check-record-references.ts';
import { limitBytes } from './limit-bytes.ts';
import { readCsvRows } from './read-csv-rows.ts';

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
 * row it would refuse, with the row, the column and why, reading the columns with the object's saved mapping. Writes nothing. Tenant admins only.
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
  const mapping = await savedMapping(prisma, admin.domainId, object);
  for await (const { row, record } of checkImportRows(object, readCsvRows(limitBytes(file), charset), errors, counted, mapping)) {
    const refused = await referenceErrorOf(prisma, admin.domainId, object, record);
    if (refused) errors.add({ row, column: refused.field, message: refused.message });
    const company = record.CompanyExternalId;
    if (object !== 'people' || typeof company !== 'string') continue;
    const rows = companyRows.get(company);
    if (rows) rows.push(row);
    else companyRows.set(company, [row]);
  }
  await checkCompanyReferences(prisma, admin.domainId, companyRows, errors);
  return reportOf(counted.rows, errors);
}
