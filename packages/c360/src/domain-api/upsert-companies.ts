import { apiCompanyRecordSchema, apiUpsertCompaniesSchema, type ApiCompanyRecord, type ApiRecordResult, type ApiUpsertResult } from '@c360/contracts';
import type { ApiKeyCaller } from '../api-keys/authenticate-api-key.ts';
import { parseInput } from '../errors/parse-input.ts';
import { isUniqueViolation } from '../errors/unique-violation.ts';
import { searchKey } from '../search/search-key.ts';
import { Prisma, type PrismaClient } from '../store/prisma.ts';
import { auditApiCall, externalIdOf, recordErrorsOf } from './record-results.ts';

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

/** Whether a stored value is what the record sends (decimals by value, dates by instant). */
function same(stored: unknown, sent: unknown): boolean {
  if (stored instanceof Prisma.Decimal && sent instanceof Prisma.Decimal) return stored.equals(sent);
  if (stored instanceof Date && sent instanceof Date) return stored.getTime() === sent.getTime();
  return stored === sent;
}

const nameTaken = { field: 'Name', message: 'Another company of your domain already has this name.' };

type Outcome = Omit<ApiRecordResult, 'index' | 'ExternalId'>;

/**
 * One record in its own transaction: found by its ExternalId in the caller's domain; else a company of the
 * same name that has no ExternalId yet is adopted; else a new company. Nothing changes when nothing differs.
 */
function upsertOne(prisma: PrismaClient, domainId: string, record: ApiCompanyRecord): Promise<Outcome> {
  const fields = fieldsOf(record);
  return prisma.$transaction(async (tx): Promise<Outcome> => {
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
    const changed = Object.entries(fields).filter(([column, value]) => !same(existing[column as keyof typeof existing], value));
    if (changed.length === 0 && existing.externalId === record.ExternalId) return { status: 'unchanged', id: existing.id };
    await tx.company.update({
      where: { id: existing.id },
      data: { ...Object.fromEntries(changed), externalId: record.ExternalId, version: { increment: 1 } },
    });
    return { status: 'updated', id: existing.id };
  });
}

/**
 * A concurrent call may take the ExternalId or the name between the checks and the write: the record is tried
 * once more, when it finds that call's company, and is refused naming Name if the name is still taken.
 */
async function upsertWithRetry(prisma: PrismaClient, domainId: string, record: ApiCompanyRecord): Promise<Outcome> {
  try {
    return await upsertOne(prisma, domainId, record);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  try {
    return await upsertOne(prisma, domainId, record);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return { status: 'error', errors: [nameTaken] };
  }
}

/**
 * `POST /api/v1/companies`: upserts up to 50 companies of the key's domain by ExternalId (Gainsight's Company
 * field names). Each record is checked and written on its own: a bad one is answered with its field errors
 * and writes nothing, the good ones are written; sending the same batch again answers every one "unchanged".
 */
export async function upsertCompanies(prisma: PrismaClient, caller: ApiKeyCaller, body: unknown): Promise<ApiUpsertResult> {
  const { records } = parseInput(apiUpsertCompaniesSchema, body);
  const results: ApiRecordResult[] = [];
  for (const [index, sent] of records.entries()) {
    const head = { index, ExternalId: externalIdOf(sent) };
    const parsed = apiCompanyRecordSchema.safeParse(sent);
    if (!parsed.success) {
      results.push({ ...head, status: 'error', errors: recordErrorsOf(parsed.error) });
      continue;
    }
    results.push({ ...head, ...(await upsertWithRetry(prisma, caller.domainId, parsed.data)) });
  }
  await auditApiCall(prisma, caller, 'POST /api/v1/companies', results);
  return { results };
}
