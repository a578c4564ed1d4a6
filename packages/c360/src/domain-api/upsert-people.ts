import { apiPersonRecordSchema, fullNameOf, type ApiPersonRecord, type ApiRecordError, type ApiUpsertResult } from '@c360/contracts';
import type { ApiKeyCaller } from '../api-keys/authenticate-api-key.ts';
import { randomUUID } from 'node:crypto';
import { isUniqueViolation } from '../errors/unique-violation.ts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';
import { changedColumns, upsertBatch, upsertWithRetry, type RecordOutcome, type RecordUpsert } from './upsert-batch.ts';

const refused = (field: string, message: string): RecordOutcome => ({ status: 'error', errors: [{ field, message }] });
const emailTaken: ApiRecordError = { field: 'Email', message: 'Another person of your domain has this e-mail address.' };

/** The person's title and role at the company: set when sent (null clears), kept when left out. */
async function linkToCompany(tx: Prisma.TransactionClient, domainId: string, companyId: string, personId: string, record: ApiPersonRecord): Promise<boolean> {
  const sent = linkFields(record);
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
/** The stored person a record names, or why it is refused: the rules of one record, whether read one by one or for a batch. */
function personOf(
  record: ApiPersonRecord,
  company: { id: string } | null | undefined,
  byExternalId: StoredPerson | null | undefined,
  byEmail: StoredPerson | null | undefined,
): { refusal: RecordOutcome } | { existing: StoredPerson | null } {
  if (record.CompanyExternalId !== undefined && !company) return { refusal: refused('CompanyExternalId', 'No company of your domain has this ExternalId.') };
  if (!company && (record.Title !== undefined || record.Role !== undefined)) {
    return { refusal: refused('CompanyExternalId', "Title and Role are the person's at a company: give the company's ExternalId.") };
  }
  if (byExternalId && byEmail && byExternalId.id !== byEmail.id) return { refusal: { status: 'error', errors: [emailTaken] } };
  if (!byExternalId && byEmail?.externalId != null && record.ExternalId !== undefined) {
    return { refusal: refused('ExternalId', 'The person with this e-mail address has another ExternalId.') };
  }
  return { existing: byExternalId ?? byEmail ?? null };
}

type StoredPerson = Prisma.PersonGetPayload<object>;

/** The person's columns a record sets. */
const personFields = (record: ApiPersonRecord) => ({
  firstName: record.FirstName,
  lastName: record.LastName,
  fullName: fullNameOf({ firstName: record.FirstName, lastName: record.LastName }),
  email: record.Email,
  ...(record.ExternalId !== undefined ? { externalId: record.ExternalId } : {}),
});

/** The link's columns a record sets: title and role when sent (null clears), kept when left out. */
const linkFields = (record: ApiPersonRecord) => ({
  ...(record.Title !== undefined ? { title: record.Title } : {}),
  ...(record.Role !== undefined ? { role: record.Role } : {}),
});

function upsertOne(prisma: PrismaClient, domainId: string, record: ApiPersonRecord): Promise<RecordOutcome> {
  return prisma.$transaction(async (tx): Promise<RecordOutcome> => {
    const { CompanyExternalId: companyExternalId, ExternalId: externalId } = record;
    const company =
      companyExternalId === undefined
        ? null
        : await tx.company.findUnique({ where: { domainId_externalId: { domainId, externalId: companyExternalId } }, select: { id: true } });
    const byExternalId = externalId === undefined ? null : await tx.person.findUnique({ where: { domainId_externalId: { domainId, externalId } } });
    const byEmail = await tx.person.findUnique({ where: { domainId_email: { domainId, email: record.Email } } });
    const found = personOf(record, company, byExternalId, byEmail);
    if ('refusal' in found) return found.refusal;
    const { existing } = found;
    const fields = personFields(record);
    const changed = existing ? changedColumns(existing, fields) : null;
    const person = existing ?? (await tx.person.create({ data: { domainId, ...fields }, select: { id: true } }));
    if (existing && changed) await tx.person.update({ where: { id: existing.id }, data: changed });
    const linked = company ? await linkToCompany(tx, domainId, company.id, person.id, record) : false;
    const status = !existing ? 'created' : changed || linked ? 'updated' : 'unchanged';
    return { status, id: person.id };
  });
}

/** The values of `pick` that more than one record has. */
function repeatedValues(records: readonly ApiPersonRecord[], pick: (record: ApiPersonRecord) => string | undefined): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const record of records) {
    const value = pick(record);
    if (value === undefined) continue;
    if (seen.has(value)) repeated.add(value);
    seen.add(value);
  }
  return repeated;
}

/**
 * Many records at once, by the same rules as one: every person, company and link they name read in a few
 * statements, the new people and links written with one insert each, the changes one by one (they are few),
 * all in one transaction. What this saves is round trips: an import of 100 000 people would otherwise send
 * about seven statements a row.
 */
async function writeMany(tx: Prisma.TransactionClient, domainId: string, records: readonly ApiPersonRecord[]): Promise<RecordOutcome[]> {
  const distinct = (values: Array<string | undefined>) => [...new Set(values.filter((value): value is string => value !== undefined))];
  const companyIds = distinct(records.map((record) => record.CompanyExternalId));
  const externalIds = distinct(records.map((record) => record.ExternalId));
  const companies = await tx.company.findMany({ where: { domainId, externalId: { in: companyIds } }, select: { id: true, externalId: true } });
  const byExternalId = await tx.person.findMany({ where: { domainId, externalId: { in: externalIds } } });
  const byEmail = await tx.person.findMany({ where: { domainId, email: { in: distinct(records.map((record) => record.Email)) } } });
  const companyOf = new Map(companies.map((company) => [company.externalId, company]));
  const personByExternalId = new Map(byExternalId.map((person) => [person.externalId, person]));
  const personByEmail = new Map(byEmail.map((person) => [person.email, person]));
  const existingIds = [...new Set([...byExternalId, ...byEmail].map((person) => person.id))];
  const links = await tx.companyPerson.findMany({
    where: { domainId, personId: { in: existingIds }, companyId: { in: companies.map((company) => company.id) } },
  });
  const linkOf = new Map(links.map((link) => [`${link.companyId} ${link.personId}`, link]));

  const newPeople: Prisma.PersonCreateManyInput[] = [];
  const newLinks: Prisma.CompanyPersonCreateManyInput[] = [];
  const changes: Array<() => Promise<unknown>> = [];
  const outcomes = records.map((record): RecordOutcome => {
    const company = record.CompanyExternalId === undefined ? null : companyOf.get(record.CompanyExternalId);
    const found = personOf(
      record,
      company,
      record.ExternalId === undefined ? null : personByExternalId.get(record.ExternalId),
      personByEmail.get(record.Email),
    );
    if ('refusal' in found) return found.refusal;
    const { existing } = found;
    const fields = personFields(record);
    const personId = existing?.id ?? randomUUID();
    const changed = existing ? changedColumns(existing, fields) : null;
    if (!existing) newPeople.push({ id: personId, domainId, ...fields });
    if (existing && changed) changes.push(() => tx.person.update({ where: { id: personId }, data: changed }));
    let linked = false;
    if (company) {
      const link = linkOf.get(`${company.id} ${personId}`);
      const sent = linkFields(record);
      const linkChanged = link ? changedColumns(link, sent) : null;
      if (!link) newLinks.push({ domainId, companyId: company.id, personId, ...sent });
      if (link && linkChanged) changes.push(() => tx.companyPerson.update({ where: { id: link.id }, data: linkChanged }));
      linked = !link || linkChanged !== null;
    }
    return { status: !existing ? 'created' : changed || linked ? 'updated' : 'unchanged', id: personId };
  });
  if (newPeople.length > 0) await tx.person.createMany({ data: newPeople });
  if (newLinks.length > 0) await tx.companyPerson.createMany({ data: newLinks });
  for (const change of changes) await change();
  return outcomes;
}

/**
 * Many person records (an import's batch, an API call): written together by `writeMany`, except records that
 * share an ExternalId or an e-mail with another of the batch, which go one by one after it, in their order, as
 * do all of them if a concurrent writer took one of their unique values meanwhile.
 */
async function upsertMany(prisma: PrismaClient, domainId: string, records: readonly ApiPersonRecord[]): Promise<RecordOutcome[]> {
  const repeatedIds = repeatedValues(records, (record) => record.ExternalId);
  const repeatedEmails = repeatedValues(records, (record) => record.Email);
  const isRepeated = (record: ApiPersonRecord) => repeatedEmails.has(record.Email) || (record.ExternalId !== undefined && repeatedIds.has(record.ExternalId));
  const together = records.flatMap((record, index) => (isRepeated(record) ? [] : [index]));
  const outcomes: RecordOutcome[] = new Array<RecordOutcome>(records.length);
  const oneByOne = async (indices: number[]) => {
    for (const index of indices) outcomes[index] = await upsertWithRetry(prisma, domainId, records[index]!, personUpsert);
  };
  try {
    const written = await prisma.$transaction((tx) =>
      writeMany(
        tx,
        domainId,
        together.map((index) => records[index]!),
      ),
    );
    written.forEach((outcome, k) => (outcomes[together[k]!] = outcome));
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    await oneByOne(together);
  }
  await oneByOne(records.flatMap((record, index) => (isRepeated(record) ? [index] : [])));
  return outcomes;
}

/** How a person record is written, for the domain API and the import alike. */
export const personUpsert: RecordUpsert<typeof apiPersonRecordSchema> = {
  endpoint: 'POST /api/v1/people',
  schema: apiPersonRecordSchema,
  upsert: upsertOne,
  upsertMany,
  conflict: emailTaken,
};

/**
 * `POST /api/v1/people`: upserts up to 50 people of the key's domain by ExternalId, else by e-mail (Gainsight's
 * Person field names), each linked to the company named by CompanyExternalId with its title and role. A bad
 * record is answered with its field errors and writes nothing; the same batch again answers "unchanged".
 */
export const upsertPeople = (prisma: PrismaClient, caller: ApiKeyCaller, body: unknown): Promise<ApiUpsertResult> =>
  upsertBatch(prisma, caller, body, personUpsert);
