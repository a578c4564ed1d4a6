import { apiCompanyRecordSchema, type ApiCompanyRecord, type ApiUpsertResult } from '@c360/contracts';
import { randomUUID } from 'node:crypto';
import type { ApiKeyCaller } from '../api-keys/authenticate-api-key.ts';
import { now } from '../clock/index.ts';
import { searchKey } from '../search/search-key.ts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';
import { readUsersByEmail } from './record-references.ts';
import { changedColumns, sentField, upsertBatch, type RecordOutcome, type RecordUpsert } from './upsert-batch.ts';
import { Touched, upsertInRounds, type WriteRound } from './write-in-rounds.ts';
import { insertRows, updateRows, type Columns } from './write-rows.ts';

/** A company's columns a record may set, as the store's text of them (amounts with two decimals, days as YYYY-MM-DD). */
interface CompanyFields {
  name: string;
  searchName: string;
  externalId: string | null;
  industry: string | null;
  employees: number | null;
  arr: string | null;
  mrr: string | null;
  renewalDate: string | null;
  originalContractDate: string | null;
  stage: string | null;
  status: string | null;
  lifecycle: string | null;
  emailDomain: string | null;
  csmId: string | null;
  nps: number | null;
}
type StoredCompany = CompanyFields & { id: string; version: number };
type CompanyRow = StoredCompany & { domainId: string; updatedAt: string };

const COMPANY_COLUMNS: Columns<CompanyRow> = [
  ['id', 'uuid'],
  ['domainId', 'uuid'],
  ['externalId', 'text'],
  ['name', 'text'],
  ['searchName', 'text'],
  ['industry', 'text'],
  ['employees', 'int4'],
  ['arr', 'numeric'],
  ['mrr', 'numeric'],
  ['renewalDate', 'date'],
  ['originalContractDate', 'date'],
  ['stage', 'text'],
  ['status', 'text'],
  ['lifecycle', 'text'],
  ['emailDomain', 'text'],
  ['csmId', 'uuid'],
  ['nps', 'int4'],
  ['version', 'int4'],
  ['updatedAt', 'timestamptz'],
];

const money = (value: number | null) => (value === null ? null : value.toFixed(2));

/** The columns a record sets: a field it leaves out stays as stored, a null clears it. `csmId` is its CsmEmail's user. */
const fieldsOf = (record: ApiCompanyRecord, csmId: string | null | undefined): Pick<CompanyFields, 'name' | 'searchName'> & Partial<CompanyFields> => ({
  name: record.Name,
  searchName: searchKey(record.Name),
  ...sentField('externalId', record.ExternalId),
  ...sentField('industry', record.Industry),
  ...sentField('employees', record.Employees),
  ...sentField('arr', record.ARR === undefined ? undefined : money(record.ARR)),
  ...sentField('mrr', record.MRR === undefined ? undefined : money(record.MRR)),
  ...sentField('renewalDate', record.RenewalDate),
  ...sentField('originalContractDate', record.OriginalContractDate),
  ...sentField('stage', record.Stage),
  ...sentField('status', record.Status),
  ...sentField('lifecycle', record.Lifecycle),
  ...sentField('emailDomain', record.EmailDomain),
  ...sentField('csmId', csmId),
  ...sentField('nps', record.NPS),
});

const BLANK: Omit<CompanyFields, 'name' | 'searchName'> = {
  externalId: null,
  industry: null,
  employees: null,
  arr: null,
  mrr: null,
  renewalDate: null,
  originalContractDate: null,
  stage: null,
  status: null,
  lifecycle: null,
  emailDomain: null,
  csmId: null,
  nps: null,
};

const nameTaken = { field: 'Name', message: 'Another company of your domain already has this name.' };
const unknownCsm = { field: 'CsmEmail', message: 'No user of your domain has this e-mail address.' };

const lower = (value: string) => value.toLowerCase();

/** The users the batch's records name as CSM, by lower-case e-mail: one statement. */
const readCsms = (tx: Prisma.TransactionClient, domainId: string, records: readonly ApiCompanyRecord[]): Promise<Map<string, string>> =>
  readUsersByEmail(
    tx,
    domainId,
    records.flatMap((record) => (typeof record.CsmEmail === 'string' ? [record.CsmEmail] : [])),
  );

/** A record's CSM: the user, null to clear it, undefined when it sends none; false when the domain has no such user. */
function csmOf(record: ApiCompanyRecord, csms: ReadonlyMap<string, string>): string | null | undefined | false {
  if (typeof record.CsmEmail !== 'string') return record.CsmEmail;
  return csms.get(lower(record.CsmEmail)) ?? false;
}

/** The batch's stored companies, by the ExternalIds and names its records send: one statement. */
async function readCompanies(tx: Prisma.TransactionClient, domainId: string, records: readonly ApiCompanyRecord[]): Promise<StoredCompany[]> {
  return tx.$queryRaw<StoredCompany[]>`
    SELECT "id"::text AS "id", "externalId", "name", "searchName", "industry", "employees", "arr"::text AS "arr", "mrr"::text AS "mrr",
           to_char("renewalDate", 'YYYY-MM-DD') AS "renewalDate", to_char("originalContractDate", 'YYYY-MM-DD') AS "originalContractDate",
           "stage", "status", "lifecycle", "emailDomain", "csmId"::text AS "csmId", "nps", "version"
    FROM "Company"
    WHERE "domainId" = ${domainId}::uuid
      AND ("externalId" = ANY(${records.flatMap((record) => record.ExternalId ?? [])}::text[])
        OR "name" = ANY(${records.map((record) => record.Name)}::text[])
        OR lower("emailDomain") = ANY(${records.flatMap((record) => (record.ExternalId === undefined && record.EmailDomain ? [lower(record.EmailDomain)] : []))}::text[]))`;
}

/**
 * The company a record is about: by its ExternalId, else a company of the same name that has no ExternalId yet
 * (adopted); a record without an ExternalId by its EmailDomain when one company has it, else by its name.
 */
function existingOf(
  record: ApiCompanyRecord,
  byExternalId: ReadonlyMap<string | null, StoredCompany>,
  byName: ReadonlyMap<string, StoredCompany>,
  byEmailDomain: ReadonlyMap<string, StoredCompany[]>,
): StoredCompany | undefined {
  const named = byName.get(record.Name);
  if (record.ExternalId !== undefined) return byExternalId.get(record.ExternalId) ?? (named?.externalId === null ? named : undefined);
  const sameDomain = record.EmailDomain ? (byEmailDomain.get(lower(record.EmailDomain)) ?? []) : [];
  return sameDomain.length === 1 ? sameDomain[0] : named;
}

/**
 * One round of a batch, as people's (`writeRound` there): each record found by its ExternalId; else a company of
 * the same name that has no ExternalId yet is adopted; else a new company; a name another company has is
 * refused. A record naming a company, ExternalId or name an earlier record of the round touches waits for the
 * next round (undefined), which reads what this one wrote.
 */
const writeRound: WriteRound<ApiCompanyRecord> = async (tx, domainId, records) => {
  const stored = await readCompanies(tx, domainId, records);
  const csms = await readCsms(tx, domainId, records);
  const byExternalId = new Map(stored.map((company) => [company.externalId, company]));
  const byName = new Map(stored.map((company) => [company.name, company]));
  const byEmailDomain = new Map<string, StoredCompany[]>();
  for (const company of stored)
    if (company.emailDomain !== null) byEmailDomain.set(lower(company.emailDomain), [...(byEmailDomain.get(lower(company.emailDomain)) ?? []), company]);
  const updatedAt = now().toISOString();
  const created: Array<CompanyRow & { createdAt: string }> = [];
  const changed: CompanyRow[] = [];
  const touched = new Touched();
  const outcomes = records.map((record): RecordOutcome | undefined => {
    const named = byName.get(record.Name);
    const existing = existingOf(record, byExternalId, byName, byEmailDomain);
    const keys = [
      `externalId ${record.ExternalId ?? ''}`,
      `name ${record.Name}`,
      ...(record.EmailDomain ? [`emailDomain ${lower(record.EmailDomain)}`] : []),
      ...(existing ? [`name ${existing.name}`, `company ${existing.id}`] : []),
    ];
    if (touched.claim(keys)) return undefined;
    if (named && named.id !== existing?.id) return { status: 'error', errors: [nameTaken] };
    const csmId = csmOf(record, csms);
    if (csmId === false) return { status: 'error', errors: [unknownCsm] };
    const fields = fieldsOf(record, csmId);
    if (!existing) {
      const id = randomUUID();
      created.push({ ...BLANK, ...fields, id, domainId, version: 1, updatedAt, createdAt: updatedAt });
      return { status: 'created', id };
    }
    if (changedColumns(existing, fields) === null) return { status: 'unchanged', id: existing.id };
    changed.push({ ...existing, ...fields, version: existing.version + 1, domainId, updatedAt });
    return { status: 'updated', id: existing.id };
  });
  await insertRows(tx, 'Company', [...COMPANY_COLUMNS, ['createdAt', 'timestamptz']], created);
  await updateRows(tx, 'Company', COMPANY_COLUMNS, changed);
  return outcomes;
};

/** How a company record is written, for the domain API and the import alike. */
export const companyUpsert: RecordUpsert<typeof apiCompanyRecordSchema> = {
  endpoint: 'POST /api/v1/companies',
  schema: apiCompanyRecordSchema,
  upsertMany: upsertInRounds(writeRound, nameTaken),
  check: async (prisma, domainId, records) => {
    const csms = await readCsms(prisma, domainId, records);
    return records.map((record) => (csmOf(record, csms) === false ? [unknownCsm] : []));
  },
};

/**
 * `POST /api/v1/companies`: upserts up to 50 companies of the key's domain by ExternalId (Gainsight's Company
 * field names). A bad record is answered with its field errors and writes nothing, the good ones are written;
 * sending the same batch again answers every one "unchanged".
 */
export const upsertCompanies = (prisma: PrismaClient, caller: ApiKeyCaller, body: unknown): Promise<ApiUpsertResult> =>
  upsertBatch(prisma, caller, body, companyUpsert);
