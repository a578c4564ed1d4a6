import { apiRelationshipRecordSchema, type ApiRecordError, type ApiRelationshipRecord, type ApiUpsertResult } from '@c360/contracts';
import type { ApiKeyCaller } from '../api-keys/authenticate-api-key.ts';
import { searchKey } from '../search/search-key.ts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';
import { checkBy, findCompanyOf, findUserByEmail } from './record-references.ts';
import { changedColumns, upsertBatch, type RecordOutcome, type RecordUpsert } from './upsert-batch.ts';
import { oneByOne } from './write-in-rounds.ts';

type Db = PrismaClient | Prisma.TransactionClient;
type StoredRelationship = Prisma.RelationshipGetPayload<object>;

const nameTaken: ApiRecordError = { field: 'Name', message: 'Another relationship of this company already has this name.' };

/** What a record names, found in the domain: the columns it sets and the relationship it is, if stored. */
interface Resolved {
  existing: StoredRelationship | null;
  fields: { companyId: string; name: string; searchName: string; typeId?: string; csmId?: string | null; externalId?: string };
}

/** The relationship a record is: by ExternalId, else by its Name within its company (adopted when it has no ExternalId yet). */
async function existingOf(
  db: Db,
  domainId: string,
  companyId: string,
  record: ApiRelationshipRecord,
): Promise<{ found: StoredRelationship | null } | { error: ApiRecordError }> {
  const { ExternalId: externalId } = record;
  const byExternalId = externalId === undefined ? null : await db.relationship.findUnique({ where: { domainId_externalId: { domainId, externalId } } });
  const byName = await db.relationship.findUnique({ where: { companyId_name: { companyId, name: record.Name } } });
  if (byName && byExternalId && byName.id !== byExternalId.id) return { error: nameTaken };
  if (byName && !byExternalId && externalId !== undefined && byName.externalId !== null) {
    return { error: { field: 'ExternalId', message: 'The relationship of this name has another ExternalId.' } };
  }
  return { found: byExternalId ?? byName };
}

/** Every lookup of a record, read-only (the dry run's check too); each bad reference is its own field error. */
async function resolve(db: Db, domainId: string, record: ApiRelationshipRecord): Promise<{ errors: ApiRecordError[] } | Resolved> {
  const errors: ApiRecordError[] = [];
  const company = await findCompanyOf(db, domainId, record);
  if ('error' in company) errors.push(company.error);
  const type = record.Type === undefined ? undefined : await db.relationshipType.findUnique({ where: { domainId_name: { domainId, name: record.Type } } });
  if (type === null) errors.push({ field: 'Type', message: 'Your domain has no relationship type of this name.' });
  const csm = record.CsmEmail == null ? record.CsmEmail : await findUserByEmail(db, domainId, record.CsmEmail, 'CsmEmail');
  if (csm && 'error' in csm) errors.push(csm.error);
  if ('error' in company) return { errors };
  const existing = await existingOf(db, domainId, company.found.id, record);
  if ('error' in existing) errors.push(existing.error);
  else if (!existing.found && record.Type === undefined) errors.push({ field: 'Type', message: 'Give the Type of a new relationship.' });
  if (errors.length > 0 || 'error' in existing) return { errors };
  const fields: Resolved['fields'] = { companyId: company.found.id, name: record.Name, searchName: searchKey(record.Name) };
  if (type) fields.typeId = type.id;
  if (csm !== undefined) fields.csmId = csm && 'found' in csm ? csm.found.id : null;
  if (record.ExternalId !== undefined) fields.externalId = record.ExternalId;
  return { existing: existing.found, fields };
}

/** One record in its own transaction; nothing changes when nothing differs. */
function upsertOne(prisma: PrismaClient, domainId: string, record: ApiRelationshipRecord): Promise<RecordOutcome> {
  return prisma.$transaction(async (tx): Promise<RecordOutcome> => {
    const resolved = await resolve(tx, domainId, record);
    if ('errors' in resolved) return { status: 'error', errors: resolved.errors };
    const { existing, fields } = resolved;
    if (!existing) {
      // A new relationship has a type: `resolve` refuses one without.
      const created = await tx.relationship.create({ data: { domainId, ...fields, typeId: fields.typeId! }, select: { id: true } });
      return { status: 'created', id: created.id };
    }
    const changed = changedColumns(existing, fields);
    if (!changed) return { status: 'unchanged', id: existing.id };
    await tx.relationship.update({ where: { id: existing.id }, data: { ...changed, version: { increment: 1 } } });
    return { status: 'updated', id: existing.id };
  });
}

/** How a relationship record is written, for the domain API and the import alike. */
export const relationshipUpsert: RecordUpsert<typeof apiRelationshipRecordSchema> = {
  endpoint: 'POST /api/v1/relationships',
  schema: apiRelationshipRecordSchema,
  upsertMany: oneByOne(upsertOne, nameTaken),
  check: checkBy(resolve),
};

/**
 * `POST /api/v1/relationships`: upserts up to 50 relationships of the key's domain by ExternalId, else by name
 * within their company (named by CompanyExternalId, else CompanyName), with their type and CSM by name and
 * e-mail. A bad record is answered with its field errors and writes nothing; the same batch again answers "unchanged".
 */
export const upsertRelationships = (prisma: PrismaClient, caller: ApiKeyCaller, body: unknown): Promise<ApiUpsertResult> =>
  upsertBatch(prisma, caller, body, relationshipUpsert);
