import { apiCompanyRecordSchema, type ApiCompanyRecord, type ApiUpsertResult } from '@c360/contracts';
import type { ApiKeyCaller } from '../api-keys/authenticate-api-key.ts';
import { searchKey } from '../search/search-key.ts';
import { Prisma, type PrismaClient } from '../store/prisma.ts';
import { changedColumns, upsertBatch, type RecordOutcome, type RecordUpsert } from './upsert-batch.ts';

type CompanyFields = Pick<
  Prisma.CompanyUncheckedCreateInput,
  'name' | 'searchName' | 'industry' | 'employees' | 'arr' | 'mrr' | 'renewalDate' | 'originalContractDate' | 'stage' | 'status'
>;

const day = (value: string | null) => (value === null ? null : new Date(`${value}T00:00:00.000Z`));
const money = (value: number | null) => (value === null ? null : new Prisma.Decimal(value.toFixed(2)));

/** The columns a record sets: a field it leaves out stays as stored, a null clears it. */
function fieldsOf(record: ApiCompanyRecord): CompanyFields {
  const fields: CompanyFields = { name: record.Name, searchName: searchKey(record.Name) };
  if (record.Industry !== undefined) fields.industry = record.Industry;
  if (record.Employees !== undefined) fields.employees = record.Employees;
  if (record.ARR !== undefined) fields.arr = money(record.ARR);
  if (record.MRR !== undefined) fields.mrr = money(record.MRR);
  if (record.RenewalDate !== undefined) fields.renewalDate = day(record.RenewalDate);
  if (record.OriginalContractDate !== undefined) fields.originalContractDate = day(record.OriginalContractDate);
  if (record.Stage !== undefined) fields.stage = record.Stage;
  if (record.Status !== undefined) fields.status = record.Status;
  return fields;
}

const nameTaken = { field: 'Name', message: 'Another company of your domain already has this name.' };

/**
 * One record in its own transaction: found by its ExternalId in the caller's domain; else a company of the
 * same name that has no ExternalId yet is adopted; else a new company. Nothing changes when nothing differs.
 */
function upsertOne(prisma: PrismaClient, domainId: string, record: ApiCompanyRecord): Promise<RecordOutcome> {
  const fields = fieldsOf(record);
  return prisma.$transaction(async (tx): Promise<RecordOutcome> => {
    const byExternalId = await tx.company.findUnique({ where: { domainId_externalId: { domainId, externalId: record.ExternalId } } });
    const existing = byExternalId ?? (await tx.company.findFirst({ where: { domainId, name: record.Name, externalId: null } }));
    const clash = await tx.company.findFirst({
      where: { domainId, name: record.Name, ...(existing ? { id: { not: existing.id } } : {}) },
      select: { id: true },
    });
    if (clash) return { status: 'error', errors: [nameTaken] };
    if (!existing) {
      const created = await tx.company.create({ data: { domainId, externalId: record.ExternalId, ...fields }, select: { id: true } });
      return { status: 'created', id: created.id };
    }
    const changed = changedColumns(existing, { ...fields, externalId: record.ExternalId });
    if (!changed) return { status: 'unchanged', id: existing.id };
    await tx.company.update({ where: { id: existing.id }, data: { ...changed, version: { increment: 1 } } });
    return { status: 'updated', id: existing.id };
  });
}

/** How a companie record is written, for the domain API and the import alike. */
export const companyUpsert: RecordUpsert<typeof apiCompanyRecordSchema> = {
  endpoint: 'POST /api/v1/companies',
  schema: apiCompanyRecordSchema,
  upsert: upsertOne,
  conflict: nameTaken,
};

/**
 * `POST /api/v1/companies`: upserts up to 50 companies of the key's domain by ExternalId (Gainsight's Company
 * field names). A bad record is answered with its field errors and writes nothing, the good ones are written;
 * sending the same batch again answers every one "unchanged".
 */
export const upsertCompanies = (prisma: PrismaClient, caller: ApiKeyCaller, body: unknown): Promise<ApiUpsertResult> =>
  upsertBatch(prisma, caller, body, companyUpsert);
