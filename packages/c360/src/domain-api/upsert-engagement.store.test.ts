import { apiUpsertResultSchema } from '@c360/contracts';
import { describe, expect } from 'vitest';
import { storeTest as it } from '../../test/support/index.ts';
import { authenticateApiKey, type ApiKeyCaller } from '../api-keys/authenticate-api-key.ts';
import { createApiKey } from '../api-keys/manage-api-keys.ts';
import { readInsights } from '../insights/read-insights.ts';
import type { Actor } from '../permissions/actor.ts';
import type { Store } from '../store/index.ts';
import { listTimeline } from '../timeline/list-timeline.ts';
import { upsertActivities } from './upsert-activities.ts';
import { upsertCtas } from './upsert-ctas.ts';
import { upsertTickets } from './upsert-tickets.ts';

// Issue 17: POST /api/v1/ctas, /tickets and /activities as the domain sees them, for a key of acme (alex is
// acme's admin, hana one of its users) and one of globex (olga).
let store: Store;
const users = {} as { alex: Actor; hana: Actor };
const callers = {} as { acme: ApiKeyCaller; globex: ApiKeyCaller };
const company = { id: '', relationshipId: '' };
it.beforeAll(async ({ store: fileStore, actors }) => {
  store = fileStore;
  const [alex, hana, olga] = await actors('alex@acme.example', 'hana.sato@acme.example', 'olga.petrova@globex.example');
  Object.assign(users, { alex, hana });
  const callerOf = async (admin: Actor) => authenticateApiKey(store.prisma, (await createApiKey(store.prisma, admin, { name: 'CRM' })).key);
  Object.assign(callers, { acme: await callerOf(alex), globex: await callerOf(olga) });
  const { domainId } = alex;
  const created = await store.prisma.company.create({ data: { domainId, name: 'Engagement Co', externalId: 'eng-co' } });
  const type = await store.prisma.relationshipType.findFirstOrThrow({ where: { domainId } });
  const relationship = await store.prisma.relationship.create({ data: { domainId, companyId: created.id, typeId: type.id, name: 'Engagement EU' } });
  Object.assign(company, { id: created.id, relationshipId: relationship.id });
  await store.prisma.person.create({ data: { domainId, firstName: 'Mei', lastName: 'Ito', fullName: 'Mei Ito', email: 'mei@engagement.example' } });
});

const upsertWith =
  (write: typeof upsertCtas) =>
  async (records: unknown[], caller = callers.acme) =>
    apiUpsertResultSchema.parse(await write(store.prisma, caller, { records }));
const ctas = upsertWith(upsertCtas);
const tickets = upsertWith(upsertTickets);
const activities = upsertWith(upsertActivities);
const statuses = (answer: { results: Array<{ status: string }> }) => answer.results.map((result) => result.status);

const cta = {
  ExternalId: 'cta-1',
  CompanyExternalId: 'eng-co',
  RelationshipName: 'Engagement EU',
  Type: 'Risk',
  Subject: 'Usage dropped',
  Priority: 'high',
  OwnerEmail: 'Hana.Sato@acme.example',
  DueDate: '2027-01-15',
};

describe('upserting CTAs by ExternalId', () => {
  it('creates, then leaves unchanged, then updates a CTA, with its references resolved in the domain', async () => {
    const first = await ctas([cta]);
    expect(first.results).toEqual([{ index: 0, ExternalId: 'cta-1', status: 'created', id: expect.any(String) }]);
    expect(statuses(await ctas([cta]))).toEqual(['unchanged']);
    expect(statuses(await ctas([{ ...cta, Status: 'CLOSED', ClosedAt: '2027-01-10T08:00:00Z' }]))).toEqual(['updated']);
    const stored = await store.prisma.cta.findUniqueOrThrow({ where: { id: first.results[0]!.id! } });
    expect(stored).toMatchObject({
      externalId: 'cta-1',
      companyId: company.id,
      relationshipId: company.relationshipId,
      type: 'RISK',
      priority: 'HIGH',
      status: 'CLOSED',
      ownerId: users.hana.id,
    });
  });

  it('refuses a bad reference or name with an error naming its field, and writes nothing of it', async () => {
    const answer = await ctas([
      { ...cta, ExternalId: 'cta-2', CompanyExternalId: 'nope' },
      { ...cta, ExternalId: 'cta-3', CompanyExternalId: undefined, CompanyName: 'No Such Co' },
      { ...cta, ExternalId: 'cta-4', RelationshipName: 'Nowhere' },
      { ...cta, ExternalId: 'cta-5', OwnerEmail: 'olga.petrova@globex.example' },
      { ...cta, ExternalId: 'cta-6', Priority: 'urgent' },
      { ...cta, ExternalId: 'cta-7', ActivityExternalId: 'act-404' },
      { ...cta, ExternalId: 'cta-8', CompanyExternalId: undefined },
    ]);
    expect(answer.results.map((result) => result.errors?.map((error) => error.field))).toEqual([
      ['CompanyExternalId'],
      ['CompanyName'],
      ['RelationshipName'],
      ['OwnerEmail'],
      ['Priority'],
      ['ActivityExternalId'],
      ['CompanyExternalId'],
    ]);
    expect(await store.prisma.cta.count({ where: { externalId: { in: ['cta-2', 'cta-3', 'cta-4', 'cta-5', 'cta-6', 'cta-7', 'cta-8'] } } })).toBe(0);
  });

  it("finds a CTA again by the store's id an export wrote as its ExternalId, keeping it without one", async () => {
    const { domainId } = users.alex;
    const own = await store.prisma.cta.create({
      data: { domainId, companyId: company.id, subject: 'Made here', ownerId: users.hana.id, dueDate: new Date('2027-02-01') },
    });
    const answer = await ctas([{ ...cta, ExternalId: own.id, RelationshipName: undefined, Subject: 'Renamed by id' }]);
    expect(answer.results[0]).toMatchObject({ status: 'updated', id: own.id });
    expect(await store.prisma.cta.findUniqueOrThrow({ where: { id: own.id } })).toMatchObject({ externalId: null, subject: 'Renamed by id' });
  });

  it("a key never touches another domain's records: globex cannot name acme's company, nor find acme's CTA by its id", async () => {
    const acmeCta = await store.prisma.cta.findFirstOrThrow({ where: { externalId: 'cta-1' } });
    const answer = await ctas([{ ...cta, ExternalId: acmeCta.id, OwnerEmail: 'olga.petrova@globex.example' }], callers.globex);
    expect(answer.results[0]!.errors?.map((error) => error.field)).toEqual(['CompanyExternalId']);
    expect(await store.prisma.cta.findUniqueOrThrow({ where: { id: acmeCta.id } })).toEqual(acmeCta);
  });
});

const ticket = {
  ExternalId: 'tk-1',
  CompanyName: 'Engagement Co',
  Subject: 'Cannot sign in',
  Status: 'CLOSED',
  CreatedAt: '2026-03-02T09:00:00Z',
  FirstResponseAt: '2026-03-02T10:00:00Z',
  ResolvedAt: '2026-03-02T15:00:00Z',
  Rating: 5,
  Replies: [
    { SentAt: '2026-03-02T10:00:00Z', ResponseMinutes: 60 },
    { SentAt: '2026-03-02T12:00:00Z', ResponseMinutes: 20 },
  ],
};

describe('upserting support tickets with their replies and rating', () => {
  it("creates a ticket with its replies, which the company's Summary metrics then count", async () => {
    expect(statuses(await tickets([ticket, { ...ticket, ExternalId: 'tk-2', Status: 'open', Rating: 2, ResolvedAt: null, Replies: [] }]))).toEqual([
      'created',
      'created',
    ]);
    const insights = await readInsights(store.prisma, { reader: users.hana, subject: { kind: 'company', id: company.id } });
    expect(insights).toMatchObject({
      tickets: { open: 1, closed: 1 },
      averageFirstResponseMinutes: 60,
      averageResponseMinutes: 40,
      averageResolutionMinutes: 360,
      happiness: { good: 1, okay: 0, bad: 1, rated: 2 },
    });
  });

  it('re-sending changes nothing; replies sent are all of them, matched by SentAt', async () => {
    expect(statuses(await tickets([ticket]))).toEqual(['unchanged']);
    expect(statuses(await tickets([{ ...ticket, Replies: [{ SentAt: '2026-03-02T10:00:00.000Z', ResponseMinutes: 45 }] }]))).toEqual(['updated']);
    const stored = await store.prisma.supportTicket.findFirstOrThrow({ where: { externalId: 'tk-1' }, include: { replies: true } });
    expect(stored.replies.map((reply) => [reply.sentAt.toISOString(), reply.responseMinutes])).toEqual([['2026-03-02T10:00:00.000Z', 45]]);
  });

  it('refuses a rating out of 1 to 5, a bad reply and an unknown company by field, writing nothing', async () => {
    const answer = await tickets([
      { ...ticket, ExternalId: 'tk-3', Rating: 6 },
      { ...ticket, ExternalId: 'tk-4', Replies: [{ SentAt: 'yesterday', ResponseMinutes: 1 }] },
      { ...ticket, ExternalId: 'tk-5', CompanyName: 'No Such Co' },
    ]);
    expect(answer.results.map((result) => result.errors?.map((error) => error.field))).toEqual([['Rating'], ['Replies.0.SentAt'], ['CompanyName']]);
    expect(await store.prisma.supportTicket.count({ where: { externalId: { in: ['tk-3', 'tk-4', 'tk-5'] } } })).toBe(0);
  });
});

const activity = {
  ExternalId: 'act-1',
  CompanyExternalId: 'eng-co',
  RelationshipName: 'Engagement EU',
  Type: 'Meeting',
  Subject: 'Quarterly review',
  Notes: '<p>Renewal <script>alert(1)</script>on track</p>',
  ActivityDate: '2026-03-01T10:00:00Z',
  DurationInMins: 45,
  AuthorEmail: 'hana.sato@acme.example',
  InternalAttendees: ['alex@acme.example'],
  ExternalAttendees: ['mei@engagement.example'],
};

describe('upserting logged timeline activities', () => {
  it("logs an activity on the company's and the relationship's timelines, with its attendees and sanitised notes", async () => {
    const answer = await activities([activity]);
    expect(answer.results[0]).toMatchObject({ status: 'created' });
    for (const subject of [
      { kind: 'company', id: company.id },
      { kind: 'relationship', id: company.relationshipId },
    ] as const) {
      const page = await listTimeline(store.prisma, { domainId: users.alex.domainId, viewerId: users.alex.id, subject, limit: 20 });
      expect(page.items.find((item) => item.id === answer.results[0]!.id)).toMatchObject({
        status: 'LOGGED',
        type: 'MEETING',
        subject: 'Quarterly review',
        notes: '<p>Renewal on track</p>',
        durationMinutes: 45,
        authorId: users.hana.id,
        internalAttendeeIds: [users.alex.id],
        externalAttendees: [{ name: 'Mei Ito' }],
      });
    }
  });

  it('re-sending changes nothing; changed attendees update it', async () => {
    expect(statuses(await activities([activity]))).toEqual(['unchanged']);
    expect(statuses(await activities([{ ...activity, InternalAttendees: [] }]))).toEqual(['updated']);
    expect(await store.prisma.activityInternalAttendee.count({ where: { activity: { externalId: 'act-1' } } })).toBe(0);
  });

  it('refuses an unknown author or attendee by field, writing nothing', async () => {
    const answer = await activities([
      { ...activity, ExternalId: 'act-2', AuthorEmail: 'nobody@acme.example' },
      { ...activity, ExternalId: 'act-3', ExternalAttendees: ['stranger@example.com'] },
      { ...activity, ExternalId: 'act-4', Type: 'Lunch' },
    ]);
    expect(answer.results.map((result) => result.errors?.map((error) => error.field))).toEqual([['AuthorEmail'], ['ExternalAttendees'], ['Type']]);
    expect(await store.prisma.activity.count({ where: { externalId: { in: ['act-2', 'act-3', 'act-4'] } } })).toBe(0);
  });

  it("refuses a draft named by its id: it is its author's own until logged", async () => {
    const draft = await store.prisma.activity.create({
      data: { domainId: users.alex.domainId, type: 'CALL', subject: 'Draft', activityDate: new Date(), authorId: users.hana.id, companyId: company.id },
    });
    const answer = await activities([{ ...activity, ExternalId: draft.id }]);
    expect(answer.results[0]!.errors?.map((error) => error.field)).toEqual(['ExternalId']);
    expect(await store.prisma.activity.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ status: 'DRAFT', subject: 'Draft' });
  });
});
