import { isUuid, type ApiRecordError } from '@c360/contracts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';
import { changedColumns, type CheckRecords, type RecordOutcome } from './upsert-batch.ts';

// What a domain API record (or an import row) names by its own keys (a company, a relationship, users and
// people by e-mail, each other by ExternalId), resolved within the caller's domain: another domain's record
// answers as one that does not exist. A lookup answers the record found or the field error naming the column
// that named it; inside a record's transaction, `orRefuse` turns that error into a rollback of the record.

type Db = PrismaClient | Prisma.TransactionClient;
type RawSql = Pick<PrismaClient, '$queryRaw'>;

/** Why a record is refused when a record it names is missing, by the column that named it; one wording for the API, the import and its dry run. */
export const MISSING_REFERENCE = {
  CompanyExternalId: 'No company of your domain has this ExternalId.',
  CompanyName: 'No company of your domain has this name.',
  RelationshipName: 'The company has no relationship of this name.',
  user: 'No user of your domain has this e-mail address',
  person: 'No person of your domain has this e-mail address',
} as const;

/** A lookup's answer: the record found, or why the record naming it is refused. */
export type Found<Row> = { found: Row } | { error: ApiRecordError };

const refusal = (field: string, message: string) => ({ error: { field, message } });

/** How a record names its company: by CompanyExternalId when it gives one (no fallback to a name), else by CompanyName. */
export interface CompanyNames {
  CompanyExternalId?: string | undefined;
  CompanyName?: string | undefined;
}

/** The company looked up by the names a record gives, or its refusal by the column that named it. */
const companyFound = <Company>(company: Company | null | undefined, { CompanyExternalId }: CompanyNames): Found<Company> => {
  if (company) return { found: company };
  return CompanyExternalId !== undefined
    ? refusal('CompanyExternalId', MISSING_REFERENCE.CompanyExternalId)
    : refusal('CompanyName', MISSING_REFERENCE.CompanyName);
};

/** The company a record names, by CompanyExternalId, else CompanyName. */
export async function findCompanyOf(db: Db, domainId: string, names: CompanyNames): Promise<Found<{ id: string }>> {
  const { CompanyExternalId: externalId, CompanyName: name } = names;
  const select = { id: true } as const;
  if (externalId !== undefined) return companyFound(await db.company.findUnique({ where: { domainId_externalId: { domainId, externalId } }, select }), names);
  return companyFound(name === undefined ? null : await db.company.findUnique({ where: { domainId_name: { domainId, name } }, select }), names);
}

const relationshipFound = <Relationship>(relationship: Relationship | null | undefined, field: string): Found<Relationship> =>
  relationship ? { found: relationship } : refusal(field, MISSING_REFERENCE.RelationshipName);

/** A relationship of the company by its name (unique within the company), with its type. */
export async function findRelationshipOf(db: Db, companyId: string, name: string, field: string): Promise<Found<{ id: string; typeId: string }>> {
  return relationshipFound(await db.relationship.findUnique({ where: { companyId_name: { companyId, name } }, select: { id: true, typeId: true } }), field);
}

/** A user of the domain by e-mail address, in any case. */
export async function findUserByEmail(db: Db, domainId: string, email: string, field: string): Promise<Found<{ id: string }>> {
  const user = await db.user.findFirst({ where: { domainId, email: { equals: email, mode: 'insensitive' } }, select: { id: true } });
  return user ? { found: user } : refusal(field, `${MISSING_REFERENCE.user}.`);
}

/** Thrown inside a record's transaction (which rolls back): the record is answered with this field error. */
export class RecordRefused extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** A record's write, answered with its field error when it was refused. */
export async function refusedAsOutcome(write: () => Promise<RecordOutcome>): Promise<RecordOutcome> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof RecordRefused)) throw error;
    return { status: 'error', errors: [{ field: error.field, message: error.message }] };
  }
}

const isRefused = (resolved: unknown): resolved is { errors: ApiRecordError[] } =>
  typeof resolved === 'object' && resolved !== null && 'errors' in resolved && Array.isArray(resolved.errors);

/** A record's refusals from its lookups, which refuse it by answering `{errors}` or by throwing `RecordRefused`. */
async function refusalsOf(resolve: () => Promise<unknown>): Promise<ApiRecordError[]> {
  const outcome = await refusedAsOutcome(async () => {
    const resolved = await resolve();
    return isRefused(resolved) ? { status: 'error', errors: resolved.errors } : { status: 'unchanged' };
  });
  return outcome.errors ?? [];
}

/**
 * The dry run's `check` of a kind whose lookups are read for all the records at once: `read` reads what the
 * records name (a statement per kind of record named, whatever their number), `resolve` judges each record from it.
 */
export const checkAllBy =
  <Record, Known>(
    read: (prisma: PrismaClient, domainId: string, records: readonly Record[]) => Promise<Known>,
    resolve: (known: Known, record: Record) => Promise<unknown>,
  ): CheckRecords<Record> =>
  async (prisma, domainId, records) => {
    const known = await read(prisma, domainId, records);
    const refusals: ApiRecordError[][] = [];
    for (const record of records) refusals.push(await refusalsOf(() => resolve(known, record)));
    return refusals;
  };

/** The dry run's `check` of a kind that looks up each record on its own (`resolve`: its read-only lookups). */
export const checkBy = <Record>(resolve: (prisma: PrismaClient, domainId: string, record: Record) => Promise<unknown>): CheckRecords<Record> =>
  checkAllBy(
    async (prisma, domainId) => ({ prisma, domainId }),
    ({ prisma, domainId }, record) => resolve(prisma, domainId, record),
  );

/** Whether an ExternalId may be a store id (a uuid) an export wrote for a record that has no ExternalId. */
export const mayBeStoreId = (externalId: string): boolean => isUuid(externalId);

/**
 * A record by the ExternalId its own system gave it; else, when the ExternalId is a uuid, by the store's id
 * (an export writes the store's id for a record that has no ExternalId, so re-importing it finds it again).
 */
export async function findByExternalId<Stored>(
  externalId: string,
  byExternalId: (externalId: string) => Promise<Stored | null>,
  byId: (id: string) => Promise<Stored | null>,
): Promise<Stored | null> {
  return (await byExternalId(externalId)) ?? (mayBeStoreId(externalId) ? byId(externalId) : null);
}

/** The ExternalId to store: a record found by its store id keeps the one it has (none), so its export stays the same. */
export const externalIdToStore = (stored: { id: string; externalId: string | null } | null, sent: string): string | null =>
  stored?.id === sent ? stored.externalId : sent;

/** Creates the record, or updates the columns that differ, or writes nothing when none does. */
export async function createOrUpdate<Fields extends object>(
  stored: ({ id: string } & object) | null,
  fields: Fields,
  write: { create: (fields: Fields) => Promise<{ id: string }>; update: (id: string, changed: Partial<Fields>) => Promise<unknown> },
): Promise<RecordOutcome> {
  if (!stored) return { status: 'created', id: (await write.create(fields)).id };
  const changed = changedColumns(stored, fields);
  if (!changed) return { status: 'unchanged', id: stored.id };
  await write.update(stored.id, changed);
  return { status: 'updated', id: stored.id };
}

/** A record whose own columns are unchanged but whose parts (a ticket's replies, an activity's attendees) changed was updated. */
export const updatedWhen = (outcome: RecordOutcome, partsChanged: boolean): RecordOutcome =>
  partsChanged && outcome.status === 'unchanged' ? { ...outcome, status: 'updated' } : outcome;

/** The record found, or (inside a record's transaction) the refusal of the record that named it. */
export function orRefuse<Row>(lookup: Found<Row>): Row {
  if ('error' in lookup) throw new RecordRefused(lookup.error.field, lookup.error.message);
  return lookup.found;
}

/** The company a record is about: by its ExternalId, else by its name. */
export const companyOfRecord = async (db: Db, domainId: string, record: CompanyNames): Promise<string> =>
  orRefuse(await findCompanyOf(db, domainId, record)).id;

/** A relationship of the company by its name, or null when the record names none. */
export const relationshipOfRecord = async (db: Db, companyId: string, name: string | undefined): Promise<string | null> =>
  name === undefined ? null : orRefuse(await findRelationshipOf(db, companyId, name, 'RelationshipName')).id;

/** Users of the domain by e-mail (in any case), in the order named; `field` names the list in an error. */
export async function usersByEmail(db: RawSql, domainId: string, emails: readonly string[], field: string): Promise<string[]> {
  return idsInOrder(emails, await readUsersByEmail(db, domainId, emails), field, MISSING_REFERENCE.user);
}

/** People of the domain by e-mail (stored lower-case, as the contracts send them), in the order named. */
export async function peopleByEmail(db: RawSql, domainId: string, emails: readonly string[], field: string): Promise<string[]> {
  return idsInOrder(emails, await readPeopleByEmail(db, domainId, emails), field, MISSING_REFERENCE.person);
}

/** The ids of those named, by lower-case e-mail; a name not found refuses the record, naming every unknown one. */
function idsInOrder(emails: readonly string[], idOf: ReadonlyMap<string, string>, field: string, missing: string): string[] {
  const unknown = emails.filter((email) => !idOf.has(email.toLowerCase()));
  if (unknown.length > 0) throw new RecordRefused(field, `${missing}: ${unknown.join(', ')}.`);
  return [...new Set(emails.map((email) => idOf.get(email.toLowerCase())!))];
}

// The reads below take any number of names as one array each (a single bound parameter), so a batch of records
// (an import's, a dry run's rows) is read in one statement per kind of record it names.

/** The names given, each once. */
export const distinct = (values: ReadonlyArray<string | undefined>) => [...new Set(values.filter((value): value is string => value !== undefined))];

/** Users of the domain by lower-case e-mail, of those named in any case. */
export async function readUsersByEmail(db: RawSql, domainId: string, emails: readonly string[]): Promise<Map<string, string>> {
  if (emails.length === 0) return new Map();
  const users = await db.$queryRaw<Array<{ id: string; email: string }>>`
    SELECT "id"::text AS "id", lower("email") AS "email" FROM "User"
    WHERE "domainId" = ${domainId}::uuid AND lower("email") = ANY(${distinct(emails.map((email) => email.toLowerCase()))}::text[])`;
  return new Map(users.map((user) => [user.email, user.id]));
}

/** People of the domain by lower-case e-mail, of those named (people's e-mails are stored lower-case). */
async function readPeopleByEmail(db: RawSql, domainId: string, emails: readonly string[]): Promise<Map<string, string>> {
  if (emails.length === 0) return new Map();
  const people = await db.$queryRaw<Array<{ id: string; email: string }>>`
    SELECT "id"::text AS "id", "email" FROM "Person" WHERE "domainId" = ${domainId}::uuid AND "email" = ANY(${distinct(emails)}::text[])`;
  return new Map(people.map((person) => [person.email.toLowerCase(), person.id]));
}

export interface NamedCompany {
  id: string;
  externalId: string | null;
  name: string;
}

/** The companies of the domain that records name, by CompanyExternalId or CompanyName. */
export const readCompaniesNamed = (db: RawSql, domainId: string, records: readonly CompanyNames[]): Promise<NamedCompany[]> =>
  db.$queryRaw<NamedCompany[]>`
    SELECT "id"::text AS "id", "externalId", "name"
    FROM "Company"
    WHERE "domainId" = ${domainId}::uuid
      AND ("externalId" = ANY(${distinct(records.map((record) => record.CompanyExternalId))}::text[])
        OR "name" = ANY(${distinct(records.map((record) => record.CompanyName))}::text[]))`;

export interface NamedRelationship {
  id: string;
  companyId: string;
  name: string;
}

/** The relationships of these companies that have one of these names. */
export async function readRelationshipsNamed(
  db: RawSql,
  domainId: string,
  companyIds: readonly string[],
  names: ReadonlyArray<string | undefined>,
): Promise<NamedRelationship[]> {
  const named = distinct(names);
  if (named.length === 0 || companyIds.length === 0) return [];
  return db.$queryRaw<NamedRelationship[]>`
    SELECT "id"::text AS "id", "companyId"::text AS "companyId", "name"
    FROM "Relationship"
    WHERE "domainId" = ${domainId}::uuid AND "companyId" = ANY(${companyIds}::uuid[]) AND "name" = ANY(${named}::text[])`;
}

/**
 * How a record's references are found: in the store, a record at a time (`referencesIn`), or among those read
 * for many records at once (`readReferences`, the dry run's). Either refuses a record that names a missing one
 * by throwing `RecordRefused` with the same field and message.
 */
export interface References {
  companyOf(record: CompanyNames): Promise<string>;
  relationshipOf(companyId: string, name: string | undefined): Promise<string | null>;
  usersByEmail(emails: readonly string[], field: string): Promise<string[]>;
  peopleByEmail(emails: readonly string[], field: string): Promise<string[]>;
}

/** References looked up in the store, a record at a time (inside its transaction). */
export const referencesIn = (db: Db, domainId: string): References => ({
  companyOf: (record) => companyOfRecord(db, domainId, record),
  relationshipOf: (companyId, name) => relationshipOfRecord(db, companyId, name),
  usersByEmail: (emails, field) => usersByEmail(db, domainId, emails, field),
  peopleByEmail: (emails, field) => peopleByEmail(db, domainId, emails, field),
});

/** What many records name: their companies, relationships, users and people by e-mail. */
export interface NamedReferences {
  companies: readonly CompanyNames[];
  relationshipNames?: ReadonlyArray<string | undefined>;
  userEmails?: readonly string[];
  personEmails?: readonly string[];
}

/** The references many records name, each kind read in one statement, to look each record's up in. */
export async function readReferences(db: RawSql, domainId: string, named: NamedReferences): Promise<References> {
  const companies = await readCompaniesNamed(db, domainId, named.companies);
  const relationships = await readRelationshipsNamed(
    db,
    domainId,
    companies.map((company) => company.id),
    named.relationshipNames ?? [],
  );
  const users = await readUsersByEmail(db, domainId, named.userEmails ?? []);
  const people = await readPeopleByEmail(db, domainId, named.personEmails ?? []);
  const byExternalId = new Map(companies.map((company) => [company.externalId, company]));
  const byName = new Map(companies.map((company) => [company.name, company]));
  const relationshipOf = new Map(relationships.map((relationship) => [`${relationship.companyId} ${relationship.name}`, relationship]));
  return {
    companyOf: async (record) => {
      const { CompanyExternalId: externalId, CompanyName: name } = record;
      return orRefuse(companyFound(externalId !== undefined ? byExternalId.get(externalId) : name === undefined ? undefined : byName.get(name), record)).id;
    },
    relationshipOf: async (companyId, name) =>
      name === undefined ? null : orRefuse(relationshipFound(relationshipOf.get(`${companyId} ${name}`), 'RelationshipName')).id,
    usersByEmail: async (emails, field) => idsInOrder(emails, users, field, MISSING_REFERENCE.user),
    peopleByEmail: async (emails, field) => idsInOrder(emails, people, field, MISSING_REFERENCE.person),
  };
}
