import type { Person } from '@c360/contracts';
import { describe, expect } from 'vitest';
import { rejection, storeTest as it } from '../../test/support/index.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { addPerson } from './add-person.ts';
import { listPeople, type PeopleSubject } from './list-people.ts';
import type { Actor } from '../permissions/actor.ts';

let prisma: PrismaClient;
let alex: Actor;
let vera: Actor;
let paul: Actor;
let ian: Actor;
let sam: Actor;
let acme: { companyId: string; otherCompanyId: string; relationshipId: string };
let globexCompanyId: string;

async function readAll(domainId: string, subject: PeopleSubject, limit: number): Promise<Person[]> {
  const items: Person[] = [];
  let cursor: string | undefined;
  do {
    const page = await listPeople(prisma, { domainId, subject, cursor, limit });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

const jordan = (companyId: string) => ({ firstName: 'Jordan', lastName: 'Blake', email: ' Jordan.Blake@Outlook.Example ', title: 'Buyer', companyId });

it.beforeAll(async ({ store, actors }) => {
  prisma = store.prisma;
  [alex, vera, paul, ian, sam] = await actors('alex@acme.example', 'vera@acme.example', 'paul@acme.example', 'ian@acme.example', 'sam@globex.example');
  const relationship = await prisma.relationship.findFirstOrThrow({ where: { domainId: alex.domainId } });
  const other = await prisma.company.findFirstOrThrow({ where: { domainId: alex.domainId, id: { not: relationship.companyId } } });
  acme = { companyId: relationship.companyId, otherCompanyId: other.id, relationshipId: relationship.id };
  globexCompanyId = (await prisma.company.findFirstOrThrow({ where: { domainId: sam.domainId } })).id;
});

describe('adding a person', () => {
  it('creates the person with their company link, lower-cases the e-mail and records person.added', async () => {
    const result = await addPerson(prisma, alex, jordan(acme.companyId));
    expect(result).toMatchObject({
      created: true,
      firstName: 'Jordan',
      lastName: 'Blake',
      email: 'jordan.blake@outlook.example',
      title: 'Buyer',
      companyId: acme.companyId,
      isPrimary: false,
    });
    const person = await prisma.person.findUniqueOrThrow({ where: { id: result.id } });
    expect(person).toMatchObject({ domainId: alex.domainId, fullName: 'Jordan Blake' });
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { type: 'person.added', data: { path: ['personId'], equals: result.id } } });
    expect(event).toMatchObject({ domainId: alex.domainId, userId: alex.id, companyId: acme.companyId, relationshipId: null });
  });

  it('links the existing person of an e-mail instead of creating a duplicate, and a repeat changes nothing', async () => {
    const input = { ...jordan(acme.otherCompanyId), firstName: 'J.', email: 'JORDAN.BLAKE@outlook.example' };
    const linked = await addPerson(prisma, alex, input);
    expect(linked).toMatchObject({ created: false, firstName: 'Jordan', companyId: acme.otherCompanyId });
    expect(await prisma.person.count({ where: { domainId: alex.domainId, email: 'jordan.blake@outlook.example' } })).toBe(1);

    const events = () => prisma.auditEvent.count({ where: { type: 'person.added', data: { path: ['personId'], equals: linked.id } } });
    const before = await events();
    expect(await addPerson(prisma, alex, input)).toEqual(linked);
    expect(await prisma.companyPerson.count({ where: { personId: linked.id } })).toBe(2);
    expect(await events()).toBe(before);
  });

  it('links a relationship with the role, in the same transaction as the person', async () => {
    const input = {
      firstName: 'Riley',
      lastName: 'Stone',
      email: 'riley.stone@example.org',
      role: 'Sponsor',
      companyId: acme.companyId,
      relationshipId: acme.relationshipId,
    };
    const result = await addPerson(prisma, alex, input);
    expect(result).toMatchObject({ created: true, companyId: acme.companyId, relationshipId: acme.relationshipId, role: 'Sponsor' });
    expect(
      await prisma.relationshipPerson.findUnique({ where: { relationshipId_personId: { relationshipId: acme.relationshipId, personId: result.id } } }),
    ).toMatchObject({ role: 'Sponsor' });
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { type: 'person.added', data: { path: ['personId'], equals: result.id } } });
    expect(event.relationshipId).toBe(acme.relationshipId);
  });

  it('creates one person for two concurrent adds of the same new e-mail', async () => {
    const input = { firstName: 'Casey', lastName: 'Race', email: 'casey.race@example.org', companyId: acme.companyId };
    const results = await Promise.all([addPerson(prisma, alex, input), addPerson(prisma, alex, input)]);
    expect(results[0].id).toBe(results[1].id);
    expect(await prisma.person.count({ where: { email: 'casey.race@example.org' } })).toBe(1);
  });

  it('is for a Full licence only, with the reason', async () => {
    for (const reader of [vera, paul, ian]) {
      const error = await rejection(addPerson(prisma, reader, { ...jordan(acme.companyId), email: 'nobody@example.org' }));
      expect(error.code).toBe('FORBIDDEN');
      expect(error.message).toMatch(/needs a Full licence/);
    }
    expect(await prisma.person.count({ where: { email: 'nobody@example.org' } })).toBe(0);
  });

  it('never reaches into another domain: its company or relationship is not found, naming the field', async () => {
    const company = await rejection(addPerson(prisma, alex, jordan(globexCompanyId)));
    expect(company.code).toBe('NOT_FOUND');
    expect(company.errors).toEqual([expect.objectContaining({ path: 'companyId' })]);
    // The same e-mail in another domain is another person.
    const globex = await addPerson(prisma, sam, jordan(globexCompanyId));
    expect(globex.created).toBe(true);
    expect(await prisma.person.count({ where: { email: 'jordan.blake@outlook.example' } })).toBe(2);

    const otherCompany = await rejection(addPerson(prisma, alex, { ...jordan(acme.otherCompanyId), relationshipId: acme.relationshipId }));
    expect(otherCompany.errors).toEqual([expect.objectContaining({ path: 'relationshipId' })]);
  });

  it('names each bad field', async () => {
    const error = await rejection(addPerson(prisma, alex, { firstName: ' ', email: 'not-an-address', companyId: 'x' }));
    expect(error.code).toBe('VALIDATION');
    expect(error.errors?.map((e) => e.path).sort()).toEqual(['companyId', 'email', 'firstName', 'lastName']);
  });
});

describe('listing people', () => {
  it('pages through a company’s people, each exactly once, with their titles and roles', async () => {
    const subject = { kind: 'company', id: acme.companyId } as const;
    const items = await readAll(alex.domainId, subject, 2);
    const expected = await prisma.companyPerson.count({ where: { companyId: acme.companyId } });
    expect(items).toHaveLength(expected);
    expect(new Set(items.map((p) => p.id)).size).toBe(expected);
    expect(items.find((p) => p.email === 'jordan.blake@outlook.example')).toMatchObject({ title: 'Buyer', companyId: acme.companyId });
  });

  it('lists a relationship’s people with their relationship role and company title', async () => {
    const items = await readAll(alex.domainId, { kind: 'relationship', id: acme.relationshipId }, 50);
    expect(items.find((p) => p.email === 'riley.stone@example.org')).toMatchObject({
      relationshipId: acme.relationshipId,
      role: 'Sponsor',
      companyId: acme.companyId,
    });
  });

  it('reads only the named people, and only those who belong to the subject', async () => {
    const riley = await prisma.person.findFirstOrThrow({ where: { email: 'riley.stone@example.org' } });
    // Someone of the domain who belongs to neither subject (whichever relationship and company the set-up found).
    const outsider = await prisma.person.findFirstOrThrow({
      where: {
        domainId: alex.domainId,
        companyPersons: { none: { companyId: acme.otherCompanyId } },
        relationshipPersons: { none: { relationshipId: acme.relationshipId } },
      },
    });
    const page = await listPeople(prisma, {
      domainId: alex.domainId,
      subject: { kind: 'company', id: acme.otherCompanyId },
      limit: 10,
      personIds: [riley.id, outsider.id],
    });
    expect(page.items).toEqual([]);
    const own = await listPeople(prisma, {
      domainId: alex.domainId,
      subject: { kind: 'relationship', id: acme.relationshipId },
      limit: 10,
      personIds: [riley.id, outsider.id],
    });
    expect(own.items.map((p) => p.id)).toEqual([riley.id]);
  });

  it('answers NOT_FOUND for another domain’s company or a malformed id, and VALIDATION for a bad cursor', async () => {
    expect((await rejection(listPeople(prisma, { domainId: alex.domainId, subject: { kind: 'company', id: globexCompanyId }, limit: 5 }))).code).toBe(
      'NOT_FOUND',
    );
    expect((await rejection(listPeople(prisma, { domainId: alex.domainId, subject: { kind: 'relationship', id: 'nope' }, limit: 5 }))).code).toBe('NOT_FOUND');
    const bad = await rejection(listPeople(prisma, { domainId: alex.domainId, subject: { kind: 'company', id: acme.companyId }, cursor: 'garbage', limit: 5 }));
    expect(bad.errors).toEqual([expect.objectContaining({ path: 'cursor' })]);
  });
});
