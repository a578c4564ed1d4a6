import type { ImportObject, ImportReport } from '@c360/contracts';
import { assertCan } from '../permissions/can.ts';
import type { Actor } from '../permissions/actor.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { checkImportRows, ImportErrors, reportOf, type CheckedRow } from './check-import-file.ts';
import { savedMapping } from './import-mapping.ts';
import { limitBytes } from './limit-bytes.ts';
import { readCsvRows } from './read-csv-rows.ts';
import { WRITERS } from './run-import.ts';

/** How many rows the object's `check` reads the references of at once, and how many managers one lookup sends. */
const LOOKUP_BATCH = 1000;

type CompanyReference = 'CompanyExternalId' | 'CompanyName';

/** The column a person's row names its company by, as the import reads it (the ExternalId wins). */
const companyReferenceOf = (record: Record<string, unknown>): [CompanyReference, string] | undefined => {
  if (typeof record.CompanyExternalId === 'string') return ['CompanyExternalId', record.CompanyExternalId];
  if (typeof record.CompanyName === 'string') return ['CompanyName', record.CompanyName];
  return undefined;
};

/** A row's manager: a person of its company, by e-mail. */
interface ManagerReference {
  row: number;
  company: [CompanyReference, string];
  email: string;
}

/** The file's people by their company, and the managers its rows name, checked once the whole file is read. */
class ManagerReferences {
  private readonly peopleOf = new Set<string>();
  private readonly managers: ManagerReference[] = [];

  add(row: number, company: [CompanyReference, string], record: Record<string, unknown>): void {
    this.peopleOf.add(JSON.stringify([...company, record.Email]));
    if (typeof record.ManagerEmail === 'string') this.managers.push({ row, company, email: record.ManagerEmail });
  }

  /** A manager must be a person of the row's company in the file or stored already. */
  async check(prisma: PrismaClient, domainId: string, errors: ImportErrors): Promise<void> {
    const pending = this.managers.filter(({ company, email }) => !this.peopleOf.has(JSON.stringify([...company, email])));
    for (let start = 0; start < pending.length; start += LOOKUP_BATCH) {
      const batch = pending.slice(start, start + LOOKUP_BATCH);
      const stored = await prisma.$queryRaw<Array<{ k: bigint }>>`
        SELECT s."k" FROM unnest(
          ${batch.map(({ company }) => (company[0] === 'CompanyExternalId' ? company[1] : null))}::text[],
          ${batch.map(({ company }) => (company[0] === 'CompanyName' ? company[1] : null))}::text[],
          ${batch.map(({ email }) => email)}::text[]
        ) WITH ORDINALITY AS s("companyExternalId", "companyName", "email", "k")
        WHERE EXISTS (
          SELECT 1 FROM "CompanyPerson" link
          JOIN "Company" c ON c."id" = link."companyId"
          JOIN "Person" p ON p."id" = link."personId"
          WHERE c."domainId" = ${domainId}::uuid AND p."email" = s."email"
            AND (c."externalId" = s."companyExternalId" OR c."name" = s."companyName"))`;
      const known = new Set(stored.map(({ k }) => Number(k) - 1));
      batch.forEach(({ row }, k) => {
        if (!known.has(k)) errors.add({ row, column: 'ManagerEmail', message: 'No person of this company has this e-mail address.' });
      });
    }
  }
}

/** The object's `check` of rows read (the references of many rows looked up at once), each refusal its row's error. */
async function checkRows(prisma: PrismaClient, domainId: string, object: ImportObject, rows: readonly CheckedRow[], errors: ImportErrors): Promise<void> {
  const { check } = WRITERS[object];
  if (!check || rows.length === 0) return;
  const refusals = await check(
    prisma,
    domainId,
    rows.map(({ record }) => record),
  );
  refusals.forEach((refused, k) => {
    for (const { field, message } of refused) errors.add({ row: rows[k]!.row, column: field, message });
  });
}

/**
 * `POST /api/admin/imports?dryRun=true`: reads a CSV file of `object` as the import would and reports every
 * row it would refuse, with the row, the column and why (the records rows name looked up by the object's
 * `check`, LOOKUP_BATCH rows at a time; a person's manager once the file is read), reading the
 * columns with the object's saved mapping. Writes nothing. Tenant admins only.
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
  const managers = new ManagerReferences();
  const mapping = await savedMapping(prisma, admin.domainId, object);
  let unchecked: CheckedRow[] = [];
  for await (const checked of checkImportRows(object, readCsvRows(limitBytes(file), charset), errors, counted, mapping)) {
    unchecked.push(checked);
    if (unchecked.length === LOOKUP_BATCH) {
      await checkRows(prisma, admin.domainId, object, unchecked, errors);
      unchecked = [];
    }
    const reference = object === 'people' ? companyReferenceOf(checked.record) : undefined;
    if (reference) managers.add(checked.row, reference, checked.record);
  }
  await checkRows(prisma, admin.domainId, object, unchecked, errors);
  await managers.check(prisma, admin.domainId, errors);
  return reportOf(counted.rows, errors);
}
