import type { ReportEvent, ReportQueryInput } from '@c360/contracts';
import { describe, expect } from 'vitest';
import { rejection, storeTest as it } from '../../test/support/index.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { listReportEvents } from './list-report-events.ts';
import type { Actor } from '../permissions/actor.ts';
import { reportEventsCsv } from './report-csv.ts';

let prisma: PrismaClient;
let alex: Actor;
let hana: Actor;
let vera: Actor;
let paul: Actor;
let sam: Actor;
let a: { companyId: string; relationshipId: string };
let otherRelationshipId: string;
let bCompanyId: string;
let globexCompanyId: string;
/** The fixed data set's event ids by name. */
const ids = new Map<string, string>();

const MARCH = { from: '2025-03-03', to: '2025-03-30' } as const;

interface EventSpec {
  name: string;
  type: string;
  at: string;
  by: Actor;
  companyId?: string;
  relationshipId?: string;
  meetingUuid?: string;
  data?: Record<string, string | number | boolean>;
}

async function record(events: readonly EventSpec[]): Promise<void> {
  for (const { name, type, at, by, companyId, relationshipId, meetingUuid, data } of events) {
    const { id } = await prisma.auditEvent.create({
      data: { type, domainId: by.domainId, userId: by.id, companyId, relationshipId, meetingUuid, createdAt: new Date(at), ...(data ? { data } : {}) },
    });
    ids.set(name, id);
  }
}

const names = (items: readonly ReportEvent[]) => items.map((item) => [...ids].find(([, id]) => id === item.id)?.[0] ?? item.id);
const list = (by: Actor, query: ReportQueryInput) => listReportEvents(prisma, by, query);

it.beforeAll(async ({ store, actors }) => {
  prisma = store.prisma;
  [alex, hana, vera, paul, sam] = await actors('alex@acme.example', 'hana.sato@acme.example', 'vera@acme.example', 'paul@acme.example', 'sam@globex.example');
  const relationship = await prisma.relationship.findFirstOrThrow({ where: { domainId: alex.domainId }, orderBy: { id: 'asc' } });
  a = { companyId: relationship.companyId, relationshipId: relationship.id };
  otherRelationshipId = (await prisma.relationship.findFirstOrThrow({ where: { domainId: alex.domainId, companyId: { not: a.companyId } } })).id;
  bCompanyId = (await prisma.company.findFirstOrThrow({ where: { domainId: alex.domainId, id: { not: a.companyId } } })).id;
  globexCompanyId = (await prisma.company.findFirstOrThrow({ where: { domainId: sam.domainId } })).id;

  // March 2025, weeks starting Monday 03-03, 03-10, 03-17 (nothing) and 03-24.
  await record([
    {
      name: 'e1',
      type: 'sidebar.opened',
      at: '2025-03-03T09:00:00Z',
      by: alex,
      companyId: a.companyId,
      meetingUuid: 'm1',
      data: { surface: 'inMeeting', role: 'host' },
    },
    { name: 'e2', type: 'sidebar.opened', at: '2025-03-03T09:05:00Z', by: hana, companyId: a.companyId, relationshipId: a.relationshipId, meetingUuid: 'm1' },
    {
      name: 'e3',
      type: 'meeting.logged',
      at: '2025-03-05T10:00:00Z',
      by: alex,
      companyId: bCompanyId,
      meetingUuid: 'm2',
      data: { activityId: 'x', mode: 'AUTO' },
    },
    { name: 'e4', type: 'activity.logged', at: '2025-03-05T11:00:00Z', by: alex, companyId: a.companyId, meetingUuid: 'm3' },
    { name: 'signIn', type: 'sign-in', at: '2025-03-06T08:00:00Z', by: alex },
    // Only the relationship recorded: a company filter still finds it.
    { name: 'e6', type: 'sidebar.opened', at: '2025-03-10T00:00:00Z', by: hana, relationshipId: a.relationshipId, meetingUuid: 'm1' },
    {
      name: 'e7',
      type: 'person.added',
      at: '2025-03-11T12:00:00Z',
      by: alex,
      companyId: a.companyId,
      relationshipId: a.relationshipId,
      data: { personId: 'p', created: true, secret: 'not shown' },
    },
    { name: 'e8', type: 'sidebar.opened', at: '2025-03-16T23:59:59.999Z', by: hana, companyId: bCompanyId, meetingUuid: 'm4' },
    { name: 'e9', type: 'score.updated', at: '2025-03-24T12:00:00Z', by: hana, companyId: bCompanyId, relationshipId: otherRelationshipId },
    { name: 'e10', type: 'meeting.logged', at: '2025-03-25T12:00:00Z', by: hana, companyId: a.companyId, meetingUuid: 'm5' },
    { name: 'g1', type: 'sidebar.opened', at: '2025-03-04T09:00:00Z', by: sam, companyId: globexCompanyId, meetingUuid: 'gm' },
  ]);
});

describe('the Zoom-app use report', () => {
  it('lists the report events of the range newest first, with names, and without sign-ins', async () => {
    const page = await list(alex, MARCH);
    expect(names(page.items)).toEqual(['e10', 'e9', 'e8', 'e7', 'e6', 'e4', 'e3', 'e2', 'e1']);
    expect(page.nextCursor).toBeNull();
    const e2 = page.items.find((item) => item.id === ids.get('e2'))!;
    const company = await prisma.company.findUniqueOrThrow({ where: { id: a.companyId } });
    const relationship = await prisma.relationship.findUniqueOrThrow({ where: { id: a.relationshipId } });
    expect(e2).toEqual({
      id: ids.get('e2'),
      type: 'sidebar.opened',
      createdAt: '2025-03-03T09:05:00.000Z',
      user: { id: hana.id, displayName: 'Hana Sato' },
      company: { id: a.companyId, name: company.name },
      relationship: { id: a.relationshipId, name: relationship.name },
      meetingUuid: 'm1',
      details: {},
    });
    // A relationship-only event names the relationship's company.
    expect(page.items.find((item) => item.id === ids.get('e6'))!.company).toEqual({ id: a.companyId, name: company.name });
  });

  it('shows only the safe details of an event', async () => {
    const page = await list(alex, { ...MARCH, type: 'person.added' });
    expect(page.items.map((item) => item.details)).toEqual([{ personId: 'p', created: true }]);
  });

  it('filters by company, including its relationships’ events', async () => {
    expect(names((await list(alex, { ...MARCH, companyId: a.companyId })).items)).toEqual(['e10', 'e7', 'e6', 'e4', 'e2', 'e1']);
  });

  it('filters by relationship', async () => {
    expect(names((await list(alex, { ...MARCH, relationshipId: a.relationshipId })).items)).toEqual(['e7', 'e6', 'e2']);
    expect(names((await list(alex, { ...MARCH, companyId: bCompanyId, relationshipId: otherRelationshipId })).items)).toEqual(['e9']);
  });

  it('filters by user and by type', async () => {
    expect(names((await list(alex, { ...MARCH, userId: hana.id })).items)).toEqual(['e10', 'e9', 'e8', 'e6', 'e2']);
    expect(names((await list(alex, { ...MARCH, type: 'sidebar.opened' })).items)).toEqual(['e8', 'e6', 'e2', 'e1']);
  });

  it('includes both ends of a date range, in UTC days', async () => {
    expect(names((await list(alex, { from: '2025-03-10', to: '2025-03-16' })).items)).toEqual(['e8', 'e7', 'e6']);
    expect(names((await list(alex, { from: '2025-03-16', to: '2025-03-16' })).items)).toEqual(['e8']);
  });

  it('counts distinct meetings per UTC week over the whole filter, with empty weeks, whatever the page size', async () => {
    const expected = [
      { weekStart: '2025-03-03', meetings: 2 },
      { weekStart: '2025-03-10', meetings: 2 },
      { weekStart: '2025-03-17', meetings: 0 },
      { weekStart: '2025-03-24', meetings: 1 },
    ];
    expect((await list(alex, { ...MARCH, limit: 1 })).meetingsPerWeek).toEqual(expected);
    expect((await list(alex, { ...MARCH, companyId: a.companyId })).meetingsPerWeek.map(({ meetings }) => meetings)).toEqual([1, 1, 0, 1]);
    expect((await list(alex, { ...MARCH, userId: hana.id })).meetingsPerWeek.map(({ meetings }) => meetings)).toEqual([1, 2, 0, 1]);
    expect((await list(alex, { ...MARCH, type: 'meeting.logged' })).meetingsPerWeek.map(({ meetings }) => meetings)).toEqual([1, 0, 0, 1]);
  });

  it('charts the last 12 weeks up to `to` when no start is given', async () => {
    const weeks = (await list(alex, { to: '2025-03-30' })).meetingsPerWeek;
    expect(weeks).toHaveLength(12);
    expect(weeks[0]!.weekStart).toBe('2025-01-06');
    expect(weeks.at(-1)).toEqual({ weekStart: '2025-03-24', meetings: 1 });
  });

  it('pages through many events with equal timestamps without gaps or repeats', async () => {
    const by = [alex, hana];
    await prisma.auditEvent.createMany({
      data: Array.from({ length: 53 }, (_, index) => ({
        type: 'cta.created',
        domainId: alex.domainId,
        userId: by[index % 2]!.id,
        companyId: a.companyId,
        // Groups of five share a timestamp.
        createdAt: new Date(Date.UTC(2024, 5, 1, 0, Math.floor(index / 5))),
      })),
    });
    const expected = await prisma.auditEvent.findMany({
      where: { domainId: alex.domainId, type: 'cta.created' },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      select: { id: true },
    });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await list(alex, { type: 'cta.created', from: '2024-06-01', to: '2024-06-01', limit: 7, ...(cursor ? { cursor } : {}) });
      expect(page.items.length).toBeLessThanOrEqual(7);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(expected.map(({ id }) => id));
    expect(new Set(seen).size).toBe(53);
  });

  it('never shows another domain’s events, and answers another domain’s ids with NOT_FOUND', async () => {
    expect(names((await list(sam, { from: '2025-03-01', to: '2025-03-31' })).items)).toEqual(['g1']);
    const acmeIds = new Set([...ids].filter(([name]) => name !== 'g1').map(([, id]) => id));
    expect((await list(sam, {})).items.some((item) => acmeIds.has(item.id))).toBe(false);
    expect((await list(alex, {})).items.some((item) => item.id === ids.get('g1'))).toBe(false);
    expect((await rejection(list(alex, { companyId: globexCompanyId }))).code).toBe('NOT_FOUND');
    expect((await rejection(list(sam, { relationshipId: a.relationshipId }))).code).toBe('NOT_FOUND');
    expect((await rejection(list(sam, { userId: alex.id }))).code).toBe('NOT_FOUND');
  });

  it('is for admins and CSMs: a Viewer or Viewer+ is refused', async () => {
    expect((await list(hana, MARCH)).items.length).toBeGreaterThan(0);
    for (const refused of [vera, paul]) {
      const error = await rejection(list(refused, MARCH));
      expect(error.code).toBe('FORBIDDEN');
      expect(error.message).toMatch(/cannot view reports/);
    }
  });

  it('names the bad field of a query', async () => {
    const fieldOf = async (query: unknown) => (await rejection(listReportEvents(prisma, alex, query))).errors?.map(({ path }) => path);
    expect(await fieldOf({ from: '2025-03-10', to: '2025-03-01' })).toEqual(['from']);
    expect(await fieldOf({ to: '2025-02-30' })).toEqual(['to']);
    expect(await fieldOf({ type: 'sign-in' })).toEqual(['type']);
    expect(await fieldOf({ userId: 'nope' })).toEqual(['userId']);
    expect(await fieldOf({ cursor: 'bogus' })).toEqual(['cursor']);
  });

  it('exports the whole filter as CSV with a localised header', async () => {
    let csv = '';
    for await (const chunk of await reportEventsCsv(prisma, alex, { ...MARCH, companyId: a.companyId, limit: 1 }, 'ja')) csv += chunk;
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('日時 (UTC),イベント種別,ユーザー,企業,リレーションシップ,ミーティング UUID,詳細');
    expect(lines.slice(1, -1)).toHaveLength(6);
    expect(lines.at(-1)).toBe('');
    expect(lines[1]).toMatch(/^2025-03-25T12:00:00.000Z,meeting.logged,Hana Sato,/);
  });
});
