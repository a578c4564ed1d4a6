import type { ApiRecordError } from '@c360/contracts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';
import { changedColumns, type RecordOutcome } from './upsert-batch.ts';

// What the domain API's CTAs, tickets and activities name by key (a company, a relationship, users and people
// by e-mail, each other by ExternalId), resolved within the caller's domain. A reference the domain does not
// have refuses the record with an error naming its field, and the record's transaction writes nothing.

type Db = Prisma.TransactionClient;

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

/** The dry run's `check` of a kind from its record's read-only lookups, which throw `RecordRefused`. */
export const checkByLookups =
  <Record>(lookups: (prisma: PrismaClient, domainId: string, record: Record) => Promise<unknown>) =>
  async (prisma: PrismaClient, domainId: string, record: Record): Promise<ApiRecordError[]> => {
    const outcome = await refusedAsOutcome(async () => {
      await lookups(prisma, domainId, record);
      return { status: 'unchanged' };
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

/** The company a record is about: by its ExternalId, else by its name. */
export async function companyOfRecord(
  db: Db,
  domainId: string,
  record: { CompanyExternalId?: string | undefined; CompanyName?: string | undefined },
): Promise<string> {
  if (record.CompanyExternalId !== undefined) {
    const company = await db.company.findUnique({ where: { domainId_externalId: { domainId, externalId: record.CompanyExternalId } }, select: { id: true } });
    if (!company) throw new RecordRefused('CompanyExternalId', 'No company of your domain has this ExternalId.');
    return company.id;
  }
  const company = await db.company.findUnique({ where: { domainId_name: { domainId, name: record.CompanyName ?? '' } }, select: { id: true } });
  if (!company) throw new RecordRefused('CompanyName', 'No company of your domain has this name.');
  return company.id;
}

/** A relationship of the company by its name, or null when the record names none. */
export async function relationshipOfRecord(db: Db, companyId: string, name: string | undefined): Promise<string | null> {
  if (name === undefined) return null;
  const relationship = await db.relationship.findUnique({ where: { companyId_name: { companyId, name } }, select: { id: true } });
  if (!relationship) throw new RecordRefused('RelationshipName', 'The company has no relationship of this name.');
  return relationship.id;
}

/** Users of the domain by e-mail (in any case), in the order named; `field` names the list in an error. */
export async function usersByEmail(db: Db, domainId: string, emails: readonly string[], field: string): Promise<string[]> {
  const users = await db.user.findMany({
    where: { domainId, OR: emails.map((email) => ({ email: { equals: email, mode: 'insensitive' as const } })) },
    select: { id: true, email: true },
  });
  return idsInOrder(emails, users, field, 'No user of your domain has this e-mail address');
}

/** People of the domain by e-mail (stored lower-case, as the contracts send them), in the order named. */
export async function peopleByEmail(db: Db, domainId: string, emails: readonly string[], field: string): Promise<string[]> {
  const people = await db.person.findMany({ where: { domainId, email: { in: [...emails] } }, select: { id: true, email: true } });
  return idsInOrder(emails, people, field, 'No person of your domain has this e-mail address');
}

function idsInOrder(emails: readonly string[], found: ReadonlyArray<{ id: string; email: string }>, field: string, missing: string): string[] {
  const idOf = new Map(found.map(({ id, email }) => [email.toLowerCase(), id]));
  const unknown = emails.filter((email) => !idOf.has(email.toLowerCase()));
  if (unknown.length > 0) throw new RecordRefused(field, `${missing}: ${unknown.join(', ')}.`);
  return [...new Set(emails.map((email) => idOf.get(email.toLowerCase())!))];
}
