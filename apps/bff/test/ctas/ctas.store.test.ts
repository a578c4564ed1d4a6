import { assignableUsersSchema, ctaPageSchema, ctaSchema, type Cta } from '@c360/contracts';
import { describe, expect } from 'vitest';
import { appTest as it, fileAppOf } from '../support/app-test.ts';
import { get, post } from '../support/gainsight.ts';
import { clientOf } from '../support/http-client.ts';

const ACME = 'acme.gainsightcloud.com';
const GLOBEX = 'globex.us2.gainsightcloud.com';

const file = fileAppOf(it);
let alex: string;
let vera: string;
let sam: string;
let companyId: string;
let relationshipId: string;
let activityId: string;
let globexCompanyId: string;

/** A calendar date `days` from today (UTC), as the server's clock sees it. */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const patch = (path: string, body: object, cookie?: string) => clientOf(file.app, cookie).patch(path, body);

const followUp = (subject: string, days = 1) => ({ activityId, subject, dueDate: inDays(days) });

it.beforeAll(async ({ signIn }) => {
  [alex, vera] = await Promise.all([signIn('alex@acme.example'), signIn('vera@acme.example')]);
  sam = await signIn('sam@globex.example', { host: GLOBEX });
  const relationship = await file.store.prisma.relationship.findFirstOrThrow({ where: { domain: { host: ACME } } });
  companyId = relationship.companyId;
  relationshipId = relationship.id;
  const activity = await post(
    file.app,
    '/api/activities',
    { type: 'CALL', subject: 'Kick-off', activityDate: new Date().toISOString(), relationshipId },
    alex,
  ).expect(201);
  activityId = activity.body.id;
  globexCompanyId = (await file.store.prisma.company.findFirstOrThrow({ where: { domain: { host: GLOBEX } } })).id;
});

describe('POST /api/ctas', () => {
  it('creates a "To-Do" follow-up of the activity for the signed-in user, answering 201', async () => {
    const res = await post(file.app, '/api/ctas', { ...followUp('Send the proposal'), priority: 'HIGH' }, alex).expect(201);
    expect(ctaSchema.parse(res.body)).toMatchObject({
      subject: 'To-Do: Send the proposal',
      type: 'ACTIVITY',
      status: 'OPEN',
      priority: 'HIGH',
      dueDate: inDays(1),
      companyId,
      relationshipId,
      activityId,
      owner: { displayName: 'Alex Morgan' },
    });
  });

  it('answers 400 naming each bad field, never 500', async () => {
    const res = await post(file.app, '/api/ctas', { activityId, subject: ' ', dueDate: '2026-13-01', priority: 'URGENT', ownerId: 'me' }, alex).expect(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors.map((error: { path: string }) => error.path).sort()).toEqual(['dueDate', 'ownerId', 'priority', 'subject']);
    const unplaced = await post(file.app, '/api/ctas', { subject: 'Nowhere', dueDate: inDays(1) }, alex).expect(400);
    expect(unplaced.body.errors).toEqual([expect.objectContaining({ path: 'companyId' })]);
  });

  it('refuses a past due date with a 400 naming dueDate', async () => {
    const res = await post(file.app, '/api/ctas', followUp('Too late', -3), alex).expect(400);
    expect(res.body.errors).toEqual([{ path: 'dueDate', message: 'Choose today or a later date.' }]);
  });

  it('answers 403 with the reason to a Viewer, even for a bad body', async () => {
    for (const body of [followUp('Viewer task'), {}]) {
      const res = await post(file.app, '/api/ctas', body, vera).expect(403);
      expect(res.body.detail).toMatch(/Your Viewer licence cannot create or close CTAs/);
    }
  });

  it('answers 404 for another domain’s activity and 400 for its company or user', async () => {
    expect((await post(file.app, '/api/ctas', followUp('Cross'), sam).expect(404)).body.errors).toEqual([expect.objectContaining({ path: 'activityId' })]);
    await post(file.app, '/api/ctas', { companyId: globexCompanyId, subject: 'Cross', dueDate: inDays(1) }, alex).expect(400);
    const samId = (await file.store.prisma.user.findFirstOrThrow({ where: { email: 'sam@globex.example' } })).id;
    expect((await post(file.app, '/api/ctas', { ...followUp('Cross'), ownerId: samId }, alex).expect(400)).body.errors).toEqual([
      expect.objectContaining({ path: 'ownerId' }),
    ]);
  });

  it('needs a signed-in user', async () => {
    await post(file.app, '/api/ctas', followUp('Anonymous')).expect(401);
  });

  it('creates a New CTA on a company with its type and reason (issue 15), and names a reason of another type', async () => {
    const body = { companyId, subject: 'Usage dropped', type: 'RISK', reason: 'Product usage', dueDate: inDays(3) };
    const res = await post(file.app, '/api/ctas', body, alex).expect(201);
    expect(ctaSchema.parse(res.body)).toMatchObject({ subject: 'Usage dropped', type: 'RISK', reason: 'Product usage', companyId });
    const bad = await post(file.app, '/api/ctas', { ...body, subject: 'Never created', reason: 'Upsell' }, alex).expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ path: 'reason' })]);
    expect(await file.store.prisma.cta.count({ where: { subject: 'Never created' } })).toBe(0);
  });
});

describe('GET /api/{companies|relationships}/:id/ctas', () => {
  it('pages a company’s CTAs open first, by due date, without duplicates', async () => {
    await post(file.app, '/api/ctas', followUp('Later', 9), alex).expect(201);
    const items: Cta[] = [];
    let cursor: string | null = null;
    do {
      const res = await get(file.app, `/api/companies/${companyId}/ctas?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, alex).expect(200);
      const page = ctaPageSchema.parse(res.body);
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(items.map((cta) => cta.id)).size).toBe(items.length);
    const statuses = items.map((cta) => cta.status);
    expect(statuses.indexOf('CLOSED') === -1 || statuses.lastIndexOf('OPEN') < statuses.indexOf('CLOSED')).toBe(true);
    expect(items.some((cta) => cta.subject === 'To-Do: Later')).toBe(true);
  });

  it('filters a relationship’s open follow-ups of one activity', async () => {
    const res = await get(file.app, `/api/relationships/${relationshipId}/ctas?status=OPEN&activityId=${activityId}`, alex).expect(200);
    const { items } = ctaPageSchema.parse(res.body);
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.every((cta) => cta.status === 'OPEN' && cta.activityId === activityId && cta.activitySubject === 'Kick-off')).toBe(true);
  });

  it('filters the open follow-ups of the company’s other meetings (the meeting bar’s commitments)', async () => {
    const meeting = (meetingUuid: string) =>
      post(
        file.app,
        '/api/activities',
        { type: 'MEETING', status: 'LOGGED', subject: `Meeting ${meetingUuid}`, activityDate: new Date().toISOString(), relationshipId, meetingUuid },
        alex,
      ).expect(201);
    const [earlier, current] = await Promise.all([meeting('earlier/uuid+=='), meeting('current/uuid+==')]);
    const earlierCta = await post(file.app, '/api/ctas', { activityId: earlier.body.id, subject: 'Send the pricing', dueDate: inDays(2) }, alex).expect(201);
    const currentCta = await post(file.app, '/api/ctas', { activityId: current.body.id, subject: 'Raised today', dueDate: inDays(2) }, alex).expect(201);
    const query = `status=OPEN&fromMeetingsOtherThan=${encodeURIComponent('current/uuid+==')}`;
    for (const viewer of [alex, vera]) {
      const { items } = ctaPageSchema.parse((await get(file.app, `/api/companies/${companyId}/ctas?${query}`, viewer).expect(200)).body);
      // The company may have others of its earlier meetings (the demo's QBR follow-ups): this meeting's is not one.
      expect(items.map((cta) => cta.id)).toContain(earlierCta.body.id);
      expect(items.map((cta) => cta.id)).not.toContain(currentCta.body.id);
      expect(items.every((cta) => cta.status === 'OPEN' && cta.activityId !== null)).toBe(true);
    }
    const bad = await get(file.app, `/api/companies/${companyId}/ctas?fromMeetingsOtherThan=`, alex).expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ path: 'fromMeetingsOtherThan' })]);
  });

  it('lets a Viewer read them', async () => {
    await get(file.app, `/api/companies/${companyId}/ctas`, vera).expect(200);
  });

  it('answers 404 for another domain’s company and 400 naming bad query fields', async () => {
    await get(file.app, `/api/companies/${globexCompanyId}/ctas`, alex).expect(404);
    await get(file.app, `/api/relationships/not-a-uuid/ctas`, alex).expect(404);
    const res = await get(file.app, `/api/companies/${companyId}/ctas?limit=0&status=DONE&cursor=bogus`, alex).expect(400);
    expect(res.body.errors.map((error: { path: string }) => error.path).sort()).toEqual(['limit', 'status']);
    expect((await get(file.app, `/api/companies/${companyId}/ctas?cursor=bogus`, alex).expect(400)).body.errors).toEqual([
      expect.objectContaining({ path: 'cursor' }),
    ]);
  });
});

describe('PATCH /api/ctas/:id', () => {
  it('closes and reopens a CTA', async () => {
    const created = ctaSchema.parse((await post(file.app, '/api/ctas', followUp('Close me'), alex).expect(201)).body);
    const closed = ctaSchema.parse((await patch(`/api/ctas/${created.id}`, { status: 'CLOSED' }, alex).expect(200)).body);
    expect(closed.status).toBe('CLOSED');
    expect(closed.closedAt).toBeDefined();
    const reopened = ctaSchema.parse((await patch(`/api/ctas/${created.id}`, { status: 'OPEN' }, alex).expect(200)).body);
    expect(reopened).toMatchObject({ status: 'OPEN' });
    expect(reopened.closedAt).toBeUndefined();
    expect(
      await file.store.prisma.auditEvent.count({ where: { type: { in: ['cta.closed', 'cta.reopened'] }, data: { path: ['ctaId'], equals: created.id } } }),
    ).toBe(2);
  });

  it('answers 400 naming the field, 403 to a Viewer and 404 for another domain', async () => {
    const created = ctaSchema.parse((await post(file.app, '/api/ctas', followUp('Guarded'), alex).expect(201)).body);
    expect((await patch(`/api/ctas/${created.id}`, { status: 'DONE' }, alex).expect(400)).body.errors).toEqual([expect.objectContaining({ path: 'status' })]);
    expect((await patch(`/api/ctas/${created.id}`, { dueDate: 'tomorrow' }, alex).expect(400)).body.errors).toEqual([
      expect.objectContaining({ path: 'dueDate' }),
    ]);
    await patch(`/api/ctas/${created.id}`, { status: 'CLOSED' }, vera).expect(403);
    await patch(`/api/ctas/${created.id}`, { status: 'CLOSED' }, sam).expect(404);
    expect((await file.store.prisma.cta.findUniqueOrThrow({ where: { id: created.id } })).status).toBe('OPEN');
  });
});

describe('GET /api/users', () => {
  it('lists the domain’s users by name, narrowed by q', async () => {
    const all = assignableUsersSchema.parse((await get(file.app, '/api/users', alex).expect(200)).body).items;
    expect(all.map((user) => user.displayName)).toContain('Alex Morgan');
    expect(all.map((user) => user.displayName)).not.toContain('Sam Rivera');
    const some = assignableUsersSchema.parse((await get(file.app, '/api/users?q=HANA', alex).expect(200)).body).items;
    expect(some.map((user) => user.displayName)).toEqual(['Hana Sato']);
  });
});
