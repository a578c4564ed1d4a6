import type { ApiRecordError } from '@c360/contracts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';
import { changedColumns, type RecordOutcome } from './upsert-batch.ts';

// What a domain API record (or an import row) names by its own keys (a company, a relationship, users and
// people by e-mail, each other by ExternalId), resolved within the caller's domain: another domain's record
// answers as one that does not exist. A lookup answers the record found or the field error naming the column
// that named it; inside a record's transaction, `orRefuse` turns that error into a rollback of the record.

type Db = PrismaClient | Prisma.TransactionClient;

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

/** The company a record names: by CompanyExternalId when it gives one (no fallback to a name), else by CompanyName. */
export async function findCompanyOf(
  db: Db,
  domainId: string,
  { CompanyExternalId: externalId, CompanyName: name }: { CompanyExternalId?: string | undefined; CompanyName?: string | undefined },
): Promise<Found<{ id: string }>> {
  const select = { id: true } as const;
  if (externalId !== undefined) {
    const company = await db.company.findUnique({ where: { domainId_externalId: { domainId, externalId } }, select });
    return company ? { found: company } : refusal('CompanyExternalId', MISSING_REFERENCE.CompanyExternalId);
  }
  const company = name === undefined ? null : await db.company.findUnique({ where: { domainId_name: { domainId, name } }, select });
  return company ? { found: company } : refusal('CompanyName', MISSING_REFERENCE.CompanyName);
}

/** A relationship of the company by its name (unique within the company), with its type. */
export async function findRelationshipOf(db: Db, companyId: string, name: string, field: string): Promise<Found<{ id: string; typeId: string }>> {
  const relationship = await db.relationship.findUnique({ where: { companyId_name: { companyId, name } }, select: { id: true, typeId: true } });
  return relationship ? { found: relationship } : refusal(field, MISSING_REFERENCE.RelationshipName);
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

/**
 * The dry run's `check` of a kind: its record's read-only lookups (`resolve`), which refuse the record by
 * answering `{errors}` or by throwing `RecordRefused`.
 */
export const checkBy =
  <Record>(resolve: (prisma: PrismaClient, domainId: string, record: Record) => Promise<unknown>) =>
  async (prisma: PrismaClient, domainId: string, record: Record): Promise<ApiRecordError[]> => {
    const outcome = await refusedAsOutcome(async () => {
      const resolved = await resolve(prisma, domainId, record);
      return isRefused(resolved) ? { status: 'error', errors: resolved.errors } : { status: 'unchanged' };
    });
    return outcome.errors ?? [];
  };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A record by the ExternalId its own system gave it; else, when the ExternalId is a uuid, by the store's id
 * (an export writes the store's id for a record that has no ExternalId, so re-importing it finds it again).
 */
export async function findByExternalId<Stored>(
  externalId: string,
  byExternalId: (externalId: string) => Promise<Stored | null>,
  byId: (id: string) => Promise<Stored | null>,
): Promise<Stored | null> {
  return (await byExternalId(externalId)) ?? (UUID.test(externalId) ? byId(externalId) : null);
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
export const companyOfRecord = async (db: Db, domainId: string, record: Parameters<typeof findCompanyOf>[2]): Promise<string> =>
  orRefuse(await findCompanyOf(db, domainId, record)).id;

/** A relationship of the company by its name, or null when the record names none. */
export const relationshipOfRecord = async (db: Db, companyId: string, name: string | undefined): Promise<string | null> =>
  name === undefined ? null : orRefuse(await findRelationshipOf(db, companyId, name, 'RelationshipName')).id;

/** Users of the domain by e-mail (in any case), in the order named; `field` names the list in an error. */
export async function usersByEmail(db: Db, domainId: string, emails: readonly string[], field: string): Promise<string[]> {
  const users = await db.user.findMany({
    where: { domainId, OR: emails.map((email) => ({ email: { equals: email, mode: 'insensitive' as const } })) },
    select: { id: true, email: true },
  });
  return idsInOrder(emails, users, field, MISSING_REFERENCE.user);
}

/** People of the domain by e-mail (stored lower-case, as the contracts send them), in the order named. */
export async function peopleByEmail(db: Db, domainId: string, emails: readonly string[], field: string): Promise<string[]> {
  const people = await db.person.findMany({ where: { domainId, email: { in: [...emails] } }, select: { id: true, email: true } });
  return idsInOrder(emails, people, field, MISSING_REFERENCE.person);
}

function idsInOrder(emails: readonly string[], found: ReadonlyArray<{ id: string; email: string }>, field: string, missing: string): string[] {
  const idOf = new Map(found.map(({ id, email }) => [email.toLowerCase(), id]));
  const unknown = emails.filter((email) => !idOf.has(email.toLowerCase()));
  if (unknown.length > 0) throw new RecordRefused(field, `${missing}: ${unknown.join(', ')}.`);
  return [...new Set(emails.map((email) => idOf.get(email.toLowerCase())!))];
}
