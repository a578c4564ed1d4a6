import { apiPersonRecordSchema, fullNameOf, type ApiPersonRecord, type ApiRecordError, type ApiUpsertResult } from '@c360/contracts';
import type { ApiKeyCaller } from '../api-keys/authenticate-api-key.ts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';
import { changedColumns, upsertBatch, type RecordOutcome, type RecordUpsert } from './upsert-batch.ts';

const refused = (field: string, message: string): RecordOutcome => ({ status: 'error', errors: [{ field, message }] });
const emailTaken: ApiRecordError = { field: 'Email', message: 'Another person of your domain has this e-mail address.' };

/** The person's title and role at the company: set when sent (null clears), kept when left out. */
async function linkToCompany(tx: Prisma.TransactionClient, domainId: string, companyId: string, personId: string, record: ApiPersonRecord): Promise<boolean> {
  const sent = { ...(record.Title !== undefined ? { title: record.Title } : {}), ...(record.Role !== undefined ? { role: record.Role } : {}) };
  const link = await tx.companyPerson.findUnique({ where: { companyId_personId: { companyId, personId } } });
  if (!link) {
    await tx.companyPerson.create({ data: { domainId, companyId, personId, ...sent } });
    return true;
  }
  const changed = changedColumns(link, sent);
  if (changed) await tx.companyPerson.update({ where: { id: link.id }, data: changed });
  return changed !== null;
}

/**
 * One record in its own transaction: the person found by ExternalId, else by e-mail (their identity in the
 * domain), else a new one; linked to the company whose ExternalId it names, through Company Person with the
 * title and role. A record naming a company the domain does not have, or an e-mail or ExternalId that is
 * another person's, writes nothing.
 */
function upsertOne(prisma: PrismaClient, domainId: string, record: ApiPersonRecord): Promise<RecordOutcome> {
  return prisma.$transaction(async (tx): Promise<RecordOutcome> => {
    const { CompanyExternalId: companyExternalId, ExternalId: externalId } = record;
    const company =
      companyExternalId === undefined
        ? null
        : await tx.company.findUnique({ where: { domainId_externalId: { domainId, externalId: companyExternalId } }, select: { id: true } });
    if (companyExternalId !== undefined && !company) return refused('CompanyExternalId', 'No company of your domain has this ExternalId.');
    if (!company && (record.Title !== undefined || record.Role !== undefined)) {
      return refused('CompanyExternalId', "Title and Role are the person's at a company: give the company's ExternalId.");
    }
    const byExternalId = externalId === undefined ? null : await tx.person.findUnique({ where: { domainId_externalId: { domainId, externalId } } });
    const byEmail = await tx.person.findUnique({ where: { domainId_email: { domainId, email: record.Email } } });
    if (byExternalId && byEmail && byExternalId.id !== byEmail.id) return { status: 'error', errors: [emailTaken] };
    if (!byExternalId && byEmail?.externalId != null && externalId !== undefined) {
      return refused('ExternalId', 'The person with this e-mail address has another ExternalId.');
    }
    const fields = {
      firstName: record.FirstName,
      lastName: record.LastName,
      fullName: fullNameOf({ firstName: record.FirstName, lastName: record.LastName }),
      email: record.Email,
      ...(externalId !== undefined ? { externalId } : {}),
    };
    const existing = byExternalId ?? byEmail;
    const changed = existing ? changedColumns(existing, fields) : null;
    const person = existing ?? (await tx.person.create({ data: { domainId, ...fields }, select: { id: true } }));
    if (existing && changed) await tx.person.update({ where: { id: existing.id }, data: changed });
    const linked = company ? await linkToCompany(tx, domainId, company.id, person.id, record) : false;
    const status = !existing ? 'created' : changed || linked ? 'updated' : 'unchanged';
    return { status, id: person.id };
  });
}

/** How a person record is written, for the domain API and the import alike. */
export const personUpsert: RecordUpsert<typeof apiPersonRecordSchema> = {
  endpoint: 'POST /api/v1/people',
  schema: apiPersonRecordSchema,
  upsert: upsertOne,
  conflict: emailTaken,
};

/**
 * `POST /api/v1/people`: upserts up to 50 people of the key's domain by ExternalId, else by e-mail (Gainsight's
 * Person field names), each linked to the company named by CompanyExternalId with its title and role. A bad
 * record is answered with its field errors and writes nothing; the same batch again answers "unchanged".
 */
export const upsertPeople = (prisma: PrismaClient, caller: ApiKeyCaller, body: unknown): Promise<ApiUpsertResult> =>
  upsertBatch(prisma, caller, body, personUpsert);
