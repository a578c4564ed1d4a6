import { fullNameOf } from '@c360/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore } from '../../test/support/test-store.ts';
import { verifyPassword } from '../auth/password.ts';
import { Prisma, type PrismaClient } from '../store/prisma.ts';
import type { Store } from '../store/index.ts';
import { setClock } from '../clock/index.ts';
import { seedNowFor } from './clock.ts';
import { overallScore } from '../scorecard/overall-score.ts';
import { COMPANY_CATALOG } from './company-catalog.ts';
import { DEMO_MEETING, seedDemoData, type SeedSummary } from './index.ts';

const DAY_MS = 86_400_000;
const PRODUCTION_HOSTS = ['acme.gainsightcloud.com', 'globex.us2.gainsightcloud.com', 'initech.eu.gainsightcloud.com', 'umbrella.gainsightcloud.com'];
const HOST_PATTERNS = { US1: /^[a-z0-9-]+\.gainsightcloud\.com$/, US2: /^[a-z0-9-]+\.us2\.gainsightcloud\.com$/, EU: /^[a-z0-9-]+\.eu\.gainsightcloud\.com$/ };

/** One hash per table over every column of every row: equal digests mean identical data. */
async function digestTables(prisma: PrismaClient): Promise<Record<string, string>> {
  const digests: Record<string, string> = {};
  for (const table of Object.values(Prisma.ModelName)) {
    const [row] = await prisma.$queryRawUnsafe<Array<{ digest: string }>>(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM "${table}" t`,
    );
    digests[table] = row!.digest;
  }
  return digests;
}

describe('the demo data', () => {
  // Loaded today, on the clock held still so that both stores of the determinism test load on the same day.
  const loadedAt = new Date();
  const seedNow = seedNowFor(loadedAt);
  let restoreClock: () => void;
  let store: Store;
  let prisma: PrismaClient;
  let summary: SeedSummary;

  beforeAll(async () => {
    restoreClock = setClock(() => loadedAt);
    store = await createTestStore();
    prisma = store.prisma;
    summary = await seedDemoData(prisma);
  }, 120_000);
  afterAll(async () => {
    restoreClock();
    await store?.close();
  });

  it('is anchored to the day it is loaded: its now is at most a day old, the newest activity a few days old, CTAs due around today', async () => {
    expect(loadedAt.getTime() - seedNow.getTime()).toBeGreaterThanOrEqual(0);
    expect(loadedAt.getTime() - seedNow.getTime()).toBeLessThan(DAY_MS);
    const newest = await prisma.activity.aggregate({ where: { status: 'LOGGED' }, _max: { activityDate: true } });
    const newestAge = (seedNow.getTime() - newest._max.activityDate!.getTime()) / DAY_MS;
    expect(newestAge).toBeGreaterThan(1);
    expect(newestAge).toBeLessThan(5);
    const due = await prisma.cta.aggregate({ where: { status: 'OPEN' }, _min: { dueDate: true }, _max: { dueDate: true } });
    expect(due._min.dueDate!.getTime()).toBeLessThan(seedNow.getTime());
    expect(due._max.dueDate!.getTime()).toBeGreaterThan(seedNow.getTime());
  });

  it('gives each SPEC §6 user their domains, licence and admin flag', async () => {
    const users = await prisma.user.findMany({ include: { domain: true } });
    const view = (username: string) =>
      users
        .filter((user) => user.username === username)
        .map((user) => ({ host: user.domain.host, licence: user.licence, isAdmin: user.isAdmin, zoomAppAllowed: user.zoomAppAllowed }))
        .sort((a, b) => a.host.localeCompare(b.host));
    expect(view('alex@acme.example')).toEqual([{ host: 'acme.gainsightcloud.com', licence: 'FULL', isAdmin: true, zoomAppAllowed: true }]);
    expect(view('vera@acme.example')).toEqual([{ host: 'acme.gainsightcloud.com', licence: 'VIEWER', isAdmin: false, zoomAppAllowed: true }]);
    expect(view('paul@acme.example')).toEqual([{ host: 'acme.gainsightcloud.com', licence: 'VIEWER_PLUS', isAdmin: false, zoomAppAllowed: true }]);
    expect(view('ian@acme.example')).toEqual([{ host: 'acme.gainsightcloud.com', licence: 'INTERNAL_COLLABORATOR', isAdmin: false, zoomAppAllowed: true }]);
    expect(view('sam@globex.example')).toEqual([
      { host: 'globex-sandbox.us2.gainsightcloud.com', licence: 'FULL', isAdmin: false, zoomAppAllowed: true },
      { host: 'globex.us2.gainsightcloud.com', licence: 'FULL', isAdmin: false, zoomAppAllowed: true },
    ]);
    expect(view('mia@initech.example')).toEqual([
      { host: 'initech.eu.gainsightcloud.com', licence: 'FULL', isAdmin: false, zoomAppAllowed: true },
      { host: 'umbrella.gainsightcloud.com', licence: 'FULL', isAdmin: false, zoomAppAllowed: true },
    ]);
    for (const user of users) expect(user.username).toBe(user.username.toLowerCase());
  });

  it('names every domain by its data centre’s host pattern, globex with two environments of one tenant', async () => {
    const domains = await prisma.domain.findMany({ orderBy: { host: 'asc' } });
    expect(domains.map((domain) => domain.host)).toEqual([
      'acme.gainsightcloud.com',
      'globex-sandbox.us2.gainsightcloud.com',
      'globex.us2.gainsightcloud.com',
      'initech.eu.gainsightcloud.com',
      'umbrella.gainsightcloud.com',
    ]);
    for (const domain of domains) expect(domain.host).toMatch(HOST_PATTERNS[domain.dataCenter]);
    const globex = domains.filter((domain) => domain.tenant === 'globex');
    expect(globex.map((domain) => domain.environment).sort()).toEqual(['PRODUCTION', 'SANDBOX']);
    expect(domains.find((domain) => domain.tenant === 'initech')).toMatchObject({ dataCenter: 'EU', currency: 'EUR' });
    expect(domains.filter((domain) => !domain.new360).map((domain) => domain.host)).toEqual(['umbrella.gainsightcloud.com']);
  });

  it('stores one argon2id hash that accepts zoom-demo-2026 and nothing else', async () => {
    const hashes = await prisma.user.findMany({ distinct: ['passwordHash'], select: { passwordHash: true } });
    expect(hashes).toHaveLength(1);
    const [{ passwordHash }] = hashes as [{ passwordHash: string }];
    expect(passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(passwordHash, 'zoom-demo-2026')).toBe(true);
    expect(await verifyPassword(passwordHash, 'zoom-demo-2025')).toBe(false);
  });

  it('gives each production domain tens of companies whose people write from the company’s e-mail domain', async () => {
    for (const host of PRODUCTION_HOSTS) {
      const companies = await prisma.company.count({ where: { domain: { host } } });
      expect(companies, host).toBeGreaterThanOrEqual(20);
    }
    const contacts = await prisma.companyPerson.findMany({ select: { person: { select: { email: true } }, company: { select: { emailDomain: true } } } });
    expect(contacts.length).toBe(summary.companyPerson);
    const mismatched = contacts.filter(({ person, company }) => person.email.split('@')[1] !== company.emailDomain);
    expect(mismatched).toEqual([]);
    const people = await prisma.person.findMany({ select: { firstName: true, lastName: true, fullName: true, email: true } });
    for (const person of people) {
      expect(person.fullName).toBe(fullNameOf(person));
      expect(person.email).toBe(person.email.toLowerCase());
    }
  });

  it('gives the people of Japanese customers kanji names, family name first, and romaji addresses', async () => {
    const japaneseDomains = [
      ...new Set(
        Object.values(COMPANY_CATALOG)
          .flat()
          .filter((entry) => entry.region === 'jp')
          .map((entry) => entry.emailDomain),
      ),
    ];
    const people = await prisma.person.findMany({ where: { OR: japaneseDomains.map((domain) => ({ email: { endsWith: `@${domain}` } })) } });
    expect(people.length).toBeGreaterThanOrEqual(japaneseDomains.length * 3);
    for (const person of people) {
      expect(`${person.lastName}${person.firstName}`, person.email).toMatch(/^\p{Script=Han}+$/u);
      expect(person.fullName).toBe(`${person.lastName} ${person.firstName}`);
      expect(person.email).toMatch(/^[a-z]+\.[a-z]+@[a-z.-]+$/);
    }
  });

  it('holds the sandbox meeting’s acme company and people, and not its unknown attendee', async () => {
    const company = await prisma.company.findFirstOrThrow({
      where: { name: DEMO_MEETING.companyName, domain: { host: DEMO_MEETING.domainHost } },
      include: { companyPersons: { include: { person: true } }, csm: true },
    });
    expect(company.emailDomain).toBe(DEMO_MEETING.companyEmailDomain);
    expect(company.csm?.username).toBe(DEMO_MEETING.hostUsername);
    const emma = company.companyPersons.find((contact) => contact.person.email === 'emma.clark@northwind.example');
    expect(emma).toMatchObject({ title: 'VP Operations', isPrimary: true, person: { fullName: 'Emma Clark' } });
    const liam = company.companyPersons.find((contact) => contact.person.email === 'liam.nguyen@northwind.example');
    expect(liam).toMatchObject({ title: 'IT Director', isPrimary: false });
    expect(await prisma.person.count({ where: { email: DEMO_MEETING.unknownAttendee.email } })).toBe(0);
  });

  it('gives every production domain six months of activities of all five types', async () => {
    for (const host of PRODUCTION_HOSTS) {
      const byType = await prisma.activity.groupBy({
        by: ['type'],
        where: { domain: { host } },
        _min: { activityDate: true },
        _max: { activityDate: true },
      });
      expect(byType.map((group) => group.type).sort(), host).toEqual(['CALL', 'EMAIL', 'MEETING', 'MILESTONE', 'UPDATE']);
      const first = Math.min(...byType.map((group) => group._min.activityDate!.getTime()));
      const last = Math.max(...byType.map((group) => group._max.activityDate!.getTime()));
      expect((last - first) / DAY_MS, host).toBeGreaterThanOrEqual(180);
    }
    const logged = await prisma.activity.findMany({ where: { status: 'LOGGED' }, select: { loggedAt: true } });
    for (const { loggedAt } of logged) expect(loggedAt!.getTime()).toBeLessThanOrEqual(seedNow.getTime());
    expect(await prisma.activity.count({ where: { status: 'DRAFT' } })).toBeGreaterThan(0);
  });

  it('keeps 18 weekly points of history per assignment, ending now, and an overall score that follows from the measures', async () => {
    const assignments = await prisma.scorecardAssignment.findMany({
      include: { scores: { include: { measure: true } }, history: { where: { measureId: null }, orderBy: { recordedAt: 'asc' } } },
    });
    expect(assignments.length).toBe(summary.scorecardAssignment);
    for (const assignment of assignments) {
      const weeks = assignment.history.map((point) => point.recordedAt.getTime());
      expect(weeks).toHaveLength(18);
      expect(weeks.at(-1)).toBe(seedNow.getTime());
      for (let week = 1; week < weeks.length; week += 1) expect(weeks[week]! - weeks[week - 1]!).toBe(7 * DAY_MS);
      const expected = overallScore(
        assignment.scores.map((score) => ({ weight: score.measure.weight, score: score.score === null ? null : Number(score.score) })),
      );
      expect(Number(assignment.overallScore)).toBeCloseTo(expected!, 2);
      expect(Number(assignment.history.at(-1)!.score)).toBeCloseTo(expected!, 2);
      expect(Number(assignment.previousOverallScore)).toBeCloseTo(Number(assignment.history.at(-2)!.score), 2);
    }
    const companies = await prisma.company.count();
    expect(await prisma.scorecardAssignment.count({ where: { companyId: { not: null } } })).toBe(companies);
    expect(await prisma.scorecardAssignment.count({ where: { relationshipId: { not: null } } })).toBeGreaterThan(0);
  });

  it('is deterministic: seeding another empty store writes identical rows', async () => {
    const other = await createTestStore();
    try {
      await seedDemoData(other.prisma);
      expect(await digestTables(other.prisma)).toEqual(await digestTables(prisma));
    } finally {
      await other.close();
    }
  }, 120_000);
});
