import type { ImportObject, ImportReport } from '@c360/contracts';
import { MISSING_REFERENCE } from '../domain-api/record-references.ts';
import { assertCan } from '../permissions/can.ts';
import type { Actor } from '../permissions/actor.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { checkImportRows, ImportErrors, reportOf } from './check-import-file.ts';
import { savedMapping } from './import-mapping.ts';
import { limitBytes } from './limit-bytes.ts';
import { readCsvRows } from './read-csv-rows.ts';
import { WRITERS } from './run-import.ts';

/** How many external ids one lookup sends. */
const LOOKUP_BATCH = 1000;

/** How people name their company: by its ExternalId, else by its name. Each must be a company of the domain already. */
const COMPANY_REFERENCES = {
  CompanyExternalId: {
    message: MISSING_REFERENCE.CompanyExternalId,
    find: async (prisma: PrismaClient, domainId: string, values: string[]) =>
      (await prisma.company.findMany({ where: { domainId, externalId: { in: values } }, select: { externalId: true } })).map((company) => company.externalId),
  },
  CompanyName: {
    message: MISSING_REFERENCE.CompanyName,
    find: async (prisma: PrismaClient, domainId: string, values: string[]) =>
      (await prisma.company.findMany({ where: { domainId, name: { in: values } }, select: { name: true } })).map((company) => company.name),
  },
};
type CompanyReference = keyof typeof COMPANY_REFERENCES;

/** The column a person's row names its company by, as the import reads it (the ExternalId wins). */
const companyReferenceOf = (record: Record<string, unknown>): [CompanyReference, string] | undefined => {
  if (typeof record.CompanyExternalId === 'string') return ['CompanyExternalId', record.CompanyExternalId];
  if (typeof record.CompanyName === 'string') return ['CompanyName', record.CompanyName];
  return undefined;
};

async function checkCompanyReferences(
  prisma: PrismaClient,
  domainId: string,
  column: CompanyReference,
  rowsOf: Map<string, number[]>,
  errors: ImportErrors,
): Promise<void> {
  const values = [...rowsOf.keys()];
  const { message, find } = COMPANY_REFERENCES[column];
  for (let start = 0; start < values.length; start += LOOKUP_BATCH) {
    const batch = values.slice(start, start + LOOKUP_BATCH);
    const known = new Set(await find(prisma, domainId, batch));
    for (const value of batch) {
      if (known.has(value)) continue;
      for (const row of rowsOf.get(value)!) errors.add({ row, column, message });
    }
  }
}

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

/**
 * `POST /api/admin/imports?dryRun=true`: reads a CSV file of `object` as the import would and reports every
 * row it would refuse, with the row, the column and why (the records a row names looked up by the object's
 * `check`, row by row; a person's company and manager once the file is read), reading the columns with the object's saved mapping. Writes nothing. Tenant admins only.
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
  const companyRows: Record<CompanyReference, Map<string, number[]>> = { CompanyExternalId: new Map(), CompanyName: new Map() };
  const managers = new ManagerReferences();
  const mapping = await savedMapping(prisma, admin.domainId, object);
  const { check } = WRITERS[object];
  for await (const { row, record } of checkImportRows(object, readCsvRows(limitBytes(file), charset), errors, counted, mapping)) {
    if (check) for (const { field, message } of await check(prisma, admin.domainId, record)) errors.add({ row, column: field, message });
    const reference = object === 'people' ? companyReferenceOf(record) : undefined;
    if (!reference) continue;
    managers.add(row, reference, record);
    const [column, value] = reference;
    const rows = companyRows[column].get(value);
    if (rows) rows.push(row);
    else companyRows[column].set(value, [row]);
  }
  await checkCompanyReferences(prisma, admin.domainId, 'CompanyExternalId', companyRows.CompanyExternalId, errors);
  await checkCompanyReferences(prisma, admin.domainId, 'CompanyName', companyRows.CompanyName, errors);
  await managers.check(prisma, admin.domainId, errors);
  return reportOf(counted.rows, errors);
}
