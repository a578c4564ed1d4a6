import { randomUUID } from 'node:crypto';
import { describe, expect } from 'vitest';
import { testStoreKind, storeTest as it } from '../../test/support/index.ts';
import { AppError } from '../errors/app-error.ts';
import { DEMO_MEETING } from '../seed/demo-meeting.ts';
import type { Store } from '../store/index.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { matchRoster, type RosterParticipant } from './match-roster.ts';
import type { MatchingDb } from './matching-db.ts';

let store: Store;
let prisma: PrismaClient;
let acmeId: string;
let globexId: string;
let northwind: { id: string; name: string };
const personIdOf = new Map<string, string>();

/** Counts every statement the matcher sends: its only door to the store is `$queryRaw`. */
function countingDb(client: PrismaClient): { db: MatchingDb; count: () => number } {
  let statements = 0;
  const $queryRaw = ((query: TemplateStringsArray, ...values: unknown[]) => {
    statements += 1;
    return client.$queryRaw(query, ...values);
  }) as PrismaClient['$queryRaw'];
  return { db: { $queryRaw }, count: () => statements };
}

const host: RosterParticipant = { participantUuid: 'p-host', displayName: 'Alex Morgan', email: DEMO_MEETING.hostUsername };
const demoRoster = (): RosterParticipant[] => [
  host,
  ...DEMO_MEETING.participants.map((p, index) => ({ participantUuid: `p-${index}`, displayName: p.displayName, email: p.email })),
  { participantUuid: 'p-unknown', ...DEMO_MEETING.unknownAttendee },
];

it.beforeAll(async ({ store: fileStore }) => {
  store = fileStore;
  prisma = store.prisma;
  acmeId = (await prisma.domain.findUniqueOrThrow({ where: { host: DEMO_MEETING.domainHost } })).id;
  globexId = (await prisma.domain.findUniqueOrThrow({ where: { host: 'globex.us2.gainsightcloud.com' } })).id;
  northwind = await prisma.company.findFirstOrThrow({
    where: { domainId: acmeId, name: DEMO_MEETING.companyName },
    select: { id: true, name: true },
  });
  const people = await prisma.person.findMany({
    where: { domainId: acmeId, companyPersons: { some: { companyId: northwind.id } } },
    select: { id: true, fullName: true },
  });
  for (const person of people) personIdOf.set(person.fullName, person.id);
});

describe('matchRoster', () => {
  it('matches the demo meeting: host internal, e-mails to persons, Northwind suggested, Olivia suggested, each with a name', async () => {
    const result = await matchRoster(prisma, { domainId: acmeId, participants: demoRoster() });
    const byUuid = new Map(result.participants.map((match) => [match.participantUuid, match]));
    const alex = await prisma.user.findFirstOrThrow({ where: { domainId: acmeId, email: DEMO_MEETING.hostUsername } });

    expect(byUuid.get('p-host')).toEqual({ participantUuid: 'p-host', kind: 'internal', userId: alex.id, name: alex.displayName });
    expect(byUuid.get('p-0')).toMatchObject({ kind: 'person', personId: personIdOf.get('Emma Clark'), name: 'Emma Clark' });
    expect(byUuid.get('p-0')).toMatchObject({ companyIds: expect.arrayContaining([northwind.id]) });
    expect(byUuid.get('p-1')).toMatchObject({ kind: 'person', personId: personIdOf.get('Liam Nguyen'), name: 'Liam Nguyen' });
    expect(byUuid.get('p-1')).toMatchObject({ companyIds: expect.arrayContaining([northwind.id]) });
    // No e-mail: only a suggestion (never a match) of the suggested company's person.
    const olivia = byUuid.get('p-2')!;
    expect(olivia.kind).toBe('suggested-person');
    expect(olivia).not.toHaveProperty('personId');
    expect(olivia).not.toHaveProperty('name');
    expect(olivia).toMatchObject({ suggestion: { personId: personIdOf.get('Olivia Park'), name: 'Olivia Park' } });
    expect(olivia.kind === 'suggested-person' ? olivia.suggestion.similarity : 0).toBeGreaterThan(0.9);
    expect(byUuid.get('p-unknown')).toEqual({ participantUuid: 'p-unknown', kind: 'unknown' });
    // Emma and Liam vote for Northwind; the host is internal and Jordan's domain is no company's.
    expect(result.suggestedCompany).toEqual({ id: northwind.id, name: northwind.name, matchedParticipants: 2, unambiguous: true });
    expect(result.participants.map((match) => match.participantUuid)).toEqual(demoRoster().map((p) => p.participantUuid));
  });

  it('suggests by display name within the chosen company, with a loose spelling', async () => {
    const result = await matchRoster(prisma, {
      domainId: acmeId,
      chosenCompanyId: northwind.id,
      participants: [{ participantUuid: 'x', displayName: 'olivia park (guest)', email: null }],
    });
    expect(result.suggestedCompany).toBeNull();
    expect(result.participants[0]).toMatchObject({ kind: 'suggested-person', suggestion: { personId: personIdOf.get('Olivia Park') } });
  });

  it('suggests nobody by name when no company is chosen or suggested', async () => {
    const result = await matchRoster(prisma, {
      domainId: acmeId,
      participants: [{ participantUuid: 'x', displayName: 'Olivia Park', email: null }],
    });
    expect(result.participants[0]).toEqual({ participantUuid: 'x', kind: 'unknown' });
  });

  it('a remembered confirmation overrides e-mail and name matching', async () => {
    const noah = personIdOf.get('Noah Williams')!;
    const result = await matchRoster(prisma, {
      domainId: acmeId,
      participants: demoRoster(),
      confirmed: { 'p-2': noah, 'p-unknown': personIdOf.get('Ava Johnson')!, 'p-0': noah },
    });
    const byUuid = new Map(result.participants.map((match) => [match.participantUuid, match]));
    expect(byUuid.get('p-2')).toMatchObject({ kind: 'person', personId: noah, name: 'Noah Williams', companyIds: [northwind.id] });
    expect(byUuid.get('p-0')).toMatchObject({ kind: 'person', personId: noah });
    expect(byUuid.get('p-unknown')).toMatchObject({ kind: 'person', personId: personIdOf.get('Ava Johnson') });
  });

  it('matches e-mails case-insensitively', async () => {
    const result = await matchRoster(prisma, {
      domainId: acmeId,
      participants: [
        { participantUuid: 'a', displayName: 'Alex', email: ' ALEX@Acme.Example ' },
        { participantUuid: 'b', displayName: 'Emma', email: 'Emma.Clark@NORTHWIND.example' },
      ],
    });
    expect(result.participants[0]!.kind).toBe('internal');
    expect(result.participants[1]).toMatchObject({ kind: 'person', personId: personIdOf.get('Emma Clark') });
    expect(result.suggestedCompany?.id).toBe(northwind.id);
  });

  it("never matches another domain's users, persons, companies or confirmations", async () => {
    const globexPerson = await prisma.person.findFirstOrThrow({
      where: { domainId: globexId, companyPersons: { some: {} } },
      select: { id: true, email: true, fullName: true, companyPersons: { select: { companyId: true } } },
    });
    const globexUser = await prisma.user.findFirstOrThrow({ where: { domainId: globexId, email: 'olga.petrova@globex.example' } });
    const result = await matchRoster(prisma, {
      domainId: acmeId,
      // Even a globex company chosen for an acme meeting has no acme contacts to suggest.
      chosenCompanyId: globexPerson.companyPersons[0]!.companyId,
      participants: [
        { participantUuid: 'g1', displayName: globexPerson.fullName, email: globexPerson.email },
        { participantUuid: 'g2', displayName: 'Olga Petrova', email: globexUser.email },
        { participantUuid: 'g3', displayName: globexPerson.fullName, email: null },
      ],
      confirmed: { g3: globexPerson.id },
    });
    expect(result.participants.map((match) => match.kind)).toEqual(['unknown', 'unknown', 'unknown']);
    expect(result.suggestedCompany).toBeNull();
  });

  it('rejects malformed ids before querying', async () => {
    const { db, count } = countingDb(prisma);
    await expect(matchRoster(db, { domainId: acmeId, participants: demoRoster(), chosenCompanyId: 'nope' })).rejects.toBeInstanceOf(AppError);
    await expect(matchRoster(db, { domainId: 'nope', participants: [] })).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(count()).toBe(0);
  });

  it('matches a 300-participant roster, names included, with a constant number of statements', async () => {
    const users = await prisma.user.findMany({ where: { domainId: acmeId }, select: { email: true } });
    const persons = await prisma.person.findMany({ where: { domainId: acmeId }, select: { email: true, fullName: true }, take: 120 });
    const roster: RosterParticipant[] = [];
    for (let i = 0; roster.length < 300; i += 1) {
      const kind = i % 5;
      const person = persons[i % persons.length]!;
      if (kind === 0) roster.push({ participantUuid: randomUUID(), displayName: 'Staff', email: users[i % users.length]!.email });
      else if (kind === 1) roster.push({ participantUuid: randomUUID(), displayName: person.fullName, email: person.email.toUpperCase() });
      else if (kind === 2) roster.push({ participantUuid: randomUUID(), displayName: `Guest ${i}`, email: `guest${i}@northwind.example` });
      else if (kind === 3) roster.push({ participantUuid: randomUUID(), displayName: `${person.fullName} ${i}`, email: null });
      else roster.push({ participantUuid: randomUUID(), displayName: `Stranger ${i}`, email: `s${i}@outlook.example` });
    }
    const small = countingDb(prisma);
    await matchRoster(small.db, { domainId: acmeId, participants: roster.slice(0, 5), chosenCompanyId: northwind.id });

    const large = countingDb(prisma);
    const started = performance.now();
    const result = await matchRoster(large.db, { domainId: acmeId, participants: roster, chosenCompanyId: northwind.id });
    const elapsed = performance.now() - started;
    console.info(`[${testStoreKind()}] 300-participant roster matched in ${elapsed.toFixed(1)} ms with ${large.count()} statements`);

    expect(large.count()).toBe(small.count());
    expect(large.count()).toBeLessThanOrEqual(4);
    expect(result.participants).toHaveLength(300);
    const kinds = new Set(result.participants.map((match) => match.kind));
    expect(kinds).toEqual(new Set(['internal', 'person', 'suggested-person', 'unknown']));
    // The names come with the same statements: every match and suggestion carries one.
    for (const match of result.participants) {
      if (match.kind === 'internal' || match.kind === 'person') expect(match.name).toEqual(expect.any(String));
      if (match.kind === 'suggested-person') expect(match.suggestion.name).toEqual(expect.any(String));
    }
    // Guests of northwind.example vote for Northwind as well (60 of them).
    expect(result.suggestedCompany?.id).toBe(northwind.id);
    expect(elapsed).toBeLessThan(2_000);
  });
});
