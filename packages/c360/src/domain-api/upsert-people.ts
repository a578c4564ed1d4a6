import { apiPersonRecordSchema, fullNameOf, type ApiPersonRecord, type ApiRecordError, type ApiUpsertResult } from '@c360/contracts';
import { randomUUID } from 'node:crypto';
import type { ApiKeyCaller } from '../api-keys/authenticate-api-key.ts';
import { now } from '../clock/index.ts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';
import { linkManagers } from './link-managers.ts';
import { checkAllBy, MISSING_REFERENCE, readReferences } from './record-references.ts';
import { readKnownRecords, type KnownRecords, type StoredCompanyLink, type StoredPerson, type StoredRelationshipLink } from './read-people-batch.ts';
import { changedColumns, sentField, upsertBatch, type RecordOutcome, type RecordUpsert } from './upsert-batch.ts';
import { Touched, upsertInRounds, type WriteRound } from './write-in-rounds.ts';
import { insertRows, updateRows, type Columns } from './write-rows.ts';

const refused = (field: string, message: string): { refusal: RecordOutcome } => ({ refusal: { status: 'error', errors: [{ field, message }] } });
const emailTaken: ApiRecordError = { field: 'Email', message: 'Another person of your domain has this e-mail address.' };

/** Where a record links its person: a company (with title, role and whether primary), one of its relationships (with a role), or nowhere. */
interface Target {
  company: { id: string } | null;
  relationship: { id: string } | null;
}

/** The company and relationship a record names, or why it is refused. */
function targetOf(record: ApiPersonRecord, known: KnownRecords): { refusal: RecordOutcome } | Target {
  const { CompanyExternalId: externalId, CompanyName: name, RelationshipName: relationshipName } = record;
  const company = externalId !== undefined ? known.companyByExternalId.get(externalId) : name !== undefined ? known.companyByName.get(name) : undefined;
  if (externalId !== undefined && !company) return refused('CompanyExternalId', MISSING_REFERENCE.CompanyExternalId);
  if (name !== undefined && !company) return refused('CompanyName', MISSING_REFERENCE.CompanyName);
  if (!company) {
    if (relationshipName !== undefined)
      return refused('RelationshipName', "A relationship is named within its company: give the company's ExternalId or name.");
    if (record.Title !== undefined || record.Role !== undefined || record.IsPrimary !== undefined || record.ManagerEmail !== undefined) {
      return refused('CompanyExternalId', "Title, Role, IsPrimary and ManagerEmail are the person's at a company: give the company's ExternalId or name.");
    }
    return { company: null, relationship: null };
  }
  if (relationshipName === undefined) return { company, relationship: null };
  const relationship = known.relationshipOf.get(`${company.id} ${relationshipName}`);
  if (!relationship) return refused('RelationshipName', MISSING_REFERENCE.RelationshipName);
  if (record.Title !== undefined) return refused('Title', 'A person of a relationship has a Role only: give the Title on a row of the company.');
  if (record.IsPrimary !== undefined) return refused('IsPrimary', 'A person of a relationship has a Role only: give IsPrimary on a row of the company.');
  if (record.ManagerEmail !== undefined) {
    return refused('ManagerEmail', 'A person of a relationship has a Role only: give the ManagerEmail on a row of the company.');
  }
  return { company: null, relationship };
}

/** The stored person a record names (by ExternalId, else by e-mail, their identity in the domain), or why it is refused. */
function personOf(record: ApiPersonRecord, known: KnownRecords): { refusal: RecordOutcome } | { existing: StoredPerson | null } {
  const byExternalId = record.ExternalId === undefined ? undefined : known.personByExternalId.get(record.ExternalId);
  const byEmail = known.personByEmail.get(record.Email);
  if (byExternalId && byEmail && byExternalId.id !== byEmail.id) return { refusal: { status: 'error', errors: [emailTaken] } };
  if (!byExternalId && byEmail?.externalId != null && record.ExternalId !== undefined) {
    return refused('ExternalId', 'The person with this e-mail address has another ExternalId.');
  }
  return { existing: byExternalId ?? byEmail ?? null };
}

type PersonRow = StoredPerson & { domainId: string; updatedAt: string };
/** The columns an update sets; an insert sets `createdAt` too (from our clock, as every write's time). */
const PERSON_COLUMNS: Columns<PersonRow> = [
  ['id', 'uuid'],
  ['domainId', 'uuid'],
  ['externalId', 'text'],
  ['email', 'text'],
  ['firstName', 'text'],
  ['lastName', 'text'],
  ['fullName', 'text'],
  ['phone', 'text'],
  ['linkedinUrl', 'text'],
  ['location', 'text'],
  ['timezone', 'text'],
  ['updatedAt', 'timestamptz'],
];
type CompanyLinkRow = StoredCompanyLink & { domainId: string };
type Created<Row> = Row & { createdAt: string };
const withCreatedAt = <Row>(columns: Columns<Row>): Columns<Created<Row>> => [...columns, ['createdAt', 'timestamptz']];
const COMPANY_LINK_COLUMNS: Columns<CompanyLinkRow> = [
  ['id', 'uuid'],
  ['domainId', 'uuid'],
  ['companyId', 'uuid'],
  ['personId', 'uuid'],
  ['title', 'text'],
  ['role', 'text'],
  ['isPrimary', 'boolean'],
];
type RelationshipLinkRow = StoredRelationshipLink & { domainId: string };
const RELATIONSHIP_LINK_COLUMNS: Columns<RelationshipLinkRow> = [
  ['id', 'uuid'],
  ['domainId', 'uuid'],
  ['relationshipId', 'uuid'],
  ['personId', 'uuid'],
  ['role', 'text'],
];

/** The person's columns a record sets. */
const personFields = (record: ApiPersonRecord): Pick<StoredPerson, 'firstName' | 'lastName' | 'fullName' | 'email'> & Partial<StoredPerson> => ({
  firstName: record.FirstName,
  lastName: record.LastName,
  fullName: fullNameOf({ firstName: record.FirstName, lastName: record.LastName }),
  email: record.Email,
  ...sentField('externalId', record.ExternalId),
  ...sentField('phone', record.Phone),
  ...sentField('linkedinUrl', record.LinkedinUrl),
  ...sentField('location', record.Location),
  ...sentField('timezone', record.Timezone),
});

/** What one round writes, each kind in one statement. */
class RoundWrites {
  readonly newPeople: Array<Created<PersonRow>> = [];
  readonly changedPeople: PersonRow[] = [];
  readonly newCompanyLinks: Array<Created<CompanyLinkRow>> = [];
  readonly changedCompanyLinks: CompanyLinkRow[] = [];
  readonly newRelationshipLinks: Array<Created<RelationshipLinkRow>> = [];
  readonly changedRelationshipLinks: RelationshipLinkRow[] = [];

  constructor(readonly at: string) {}

  async write(tx: Prisma.TransactionClient): Promise<void> {
    await insertRows(tx, 'Person', withCreatedAt(PERSON_COLUMNS), this.newPeople);
    await updateRows(tx, 'Person', PERSON_COLUMNS, this.changedPeople);
    await insertRows(tx, 'CompanyPerson', withCreatedAt(COMPANY_LINK_COLUMNS), this.newCompanyLinks);
    await updateRows(tx, 'CompanyPerson', COMPANY_LINK_COLUMNS, this.changedCompanyLinks);
    await insertRows(tx, 'RelationshipPerson', withCreatedAt(RELATIONSHIP_LINK_COLUMNS), this.newRelationshipLinks);
    await updateRows(tx, 'RelationshipPerson', RELATIONSHIP_LINK_COLUMNS, this.changedRelationshipLinks);
  }
}

/** Plans the link a record asks for; true when it is new or changes. */
function planLink(writes: RoundWrites, known: KnownRecords, domainId: string, target: Target, personId: string, record: ApiPersonRecord): boolean {
  if (target.company) {
    const stored = known.companyLinkOf.get(`${target.company.id} ${personId}`);
    const fields = { ...sentField('title', record.Title), ...sentField('role', record.Role), ...sentField('isPrimary', record.IsPrimary) };
    if (!stored) {
      const blank = { title: null, role: null, isPrimary: false };
      writes.newCompanyLinks.push({ id: randomUUID(), domainId, companyId: target.company.id, personId, ...blank, ...fields, createdAt: writes.at });
      return true;
    }
    if (changedColumns(stored, fields) === null) return false;
    writes.changedCompanyLinks.push({ ...stored, domainId, ...fields });
    return true;
  }
  if (target.relationship) {
    const stored = known.relationshipLinkOf.get(`${target.relationship.id} ${personId}`);
    const fields = sentField('role', record.Role);
    if (!stored) {
      writes.newRelationshipLinks.push({
        id: randomUUID(),
        domainId,
        relationshipId: target.relationship.id,
        personId,
        role: null,
        ...fields,
        createdAt: writes.at,
      });
      return true;
    }
    if (changedColumns(stored, fields) === null) return false;
    writes.changedRelationshipLinks.push({ ...stored, domainId, ...fields });
    return true;
  }
  return false;
}

/** A round of person records (see `WriteRound`): a record waits when an earlier one touches its ExternalId, e-mail or person. */
const writeRound: WriteRound<ApiPersonRecord> = async (tx, domainId, records) => {
  const known = await readKnownRecords(tx, domainId, records);
  const writes = new RoundWrites(now().toISOString());
  const touched = new Touched();
  const updatedAt = writes.at;
  const outcomes = records.map((record): RecordOutcome | undefined => {
    const keys = [`email ${record.Email}`, ...(record.ExternalId === undefined ? [] : [`externalId ${record.ExternalId}`])];
    const stored = [record.ExternalId === undefined ? undefined : known.personByExternalId.get(record.ExternalId), known.personByEmail.get(record.Email)];
    // A person's stored e-mail and ExternalId too: a record that renames one frees them only for later rounds.
    for (const person of stored) if (person) keys.push(`person ${person.id}`, `email ${person.email}`, `externalId ${person.externalId}`);
    if (touched.claim(keys)) return undefined;

    const target = targetOf(record, known);
    if ('refusal' in target) return target.refusal;
    const found = personOf(record, known);
    if ('refusal' in found) return found.refusal;
    const { existing } = found;
    const fields = personFields(record);
    const personId = existing?.id ?? randomUUID();
    const changed = existing !== null && changedColumns(existing, fields) !== null;
    if (!existing) {
      const blank = { externalId: null, phone: null, linkedinUrl: null, location: null, timezone: null };
      writes.newPeople.push({ ...blank, ...fields, id: personId, domainId, updatedAt, createdAt: updatedAt });
    } else if (changed) writes.changedPeople.push({ ...existing, ...fields, domainId, updatedAt });
    const linked = planLink(writes, known, domainId, target, personId, record);
    return { status: !existing ? 'created' : changed || linked ? 'updated' : 'unchanged', id: personId };
  });
  await writes.write(tx);
  return outcomes;
};

/** People and their company links; their managers are set after (`later`), as a manager may come later. */
const upsertPeopleUnmanaged = upsertInRounds(writeRound, emailTaken);

/** How a person record is written, for the domain API and the import alike. */
export const personUpsert: RecordUpsert<typeof apiPersonRecordSchema> = {
  endpoint: 'POST /api/v1/people',
  schema: apiPersonRecordSchema,
  upsertMany: async (prisma, domainId, records) => {
    const outcomes = await upsertPeopleUnmanaged(prisma, domainId, records);
    return linkManagers(
      prisma,
      domainId,
      records.map((record, k) => ({ record, outcome: outcomes[k]! })),
    );
  },
  later: { upsertMany: upsertPeopleUnmanaged, link: linkManagers },
  // The company a row names; its manager, who may come later in the file, is checked once the file is read.
  check: checkAllBy(
    (prisma, domainId, records) => readReferences(prisma, domainId, { companies: records }),
    async (references, record) => (record.CompanyExternalId !== undefined || record.CompanyName !== undefined ? references.companyOf(record) : undefined),
  ),
};

/**
 * `POST /api/v1/people`: upserts up to 50 people of the key's domain by ExternalId, else by e-mail (Gainsight's
 * Person field names), each linked to the company named by CompanyExternalId or CompanyName with its title,
 * role, whether primary and manager, or to that company's relationship named by RelationshipName with a role. A bad
 * record is answered with its field errors and writes nothing; the same batch again answers "unchanged".
 */
export const upsertPeople = (prisma: PrismaClient, caller: ApiKeyCaller, body: unknown): Promise<ApiUpsertResult> =>
  upsertBatch(prisma, caller, body, personUpsert);
