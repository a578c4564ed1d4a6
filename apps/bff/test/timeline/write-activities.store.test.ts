import { activityCommentSchema, activitySchema, timelinePageSchema, type Activity } from '@c360/contracts';
import request from 'supertest';
import { describe, expect } from 'vitest';
import { appTest as it, fileAppOf } from '../support/app-test.ts';
import { companyIdOf, get, signedIn, write } from '../support/gainsight.ts';
import { ACME, activityInput, busiestCompanyOf, GLOBEX } from './timeline-support.ts';

const file = fileAppOf(it);
let alex: string;
let vera: string;
let sam: string;
let companyId: string;
it.beforeAll(async ({ signIn }) => {
  alex = await signIn('alex@acme.example');
  vera = await signIn('vera@acme.example');
  sam = await signIn('sam@globex.example', { host: GLOBEX });
  companyId = await busiestCompanyOf(file.store, ACME);
});

async function logged(cookie: string, input: object = activityInput(companyId)): Promise<Activity> {
  return activitySchema.parse((await write(file.app, 'post', '/api/activities', cookie, input).expect(201)).body);
}

describe('POST /api/activities', () => {
  it('lets a Viewer log an activity, answered with the activity and its ETag', async () => {
    const res = await write(file.app, 'post', '/api/activities', vera, activityInput(companyId)).expect(201);
    const activity = activitySchema.parse(res.body);
    expect(activity).toMatchObject({ version: 1, status: 'LOGGED', type: 'CALL', subject: 'Renewal check-in', companyId });
    expect(res.headers.etag).toBe('"1"');
    const event = await file.store.prisma.auditEvent.findFirst({
      where: { type: 'activity.logged', companyId, data: { path: ['activityId'], equals: activity.id } },
    });
    expect(event).not.toBeNull();
  });

  it('creates one activity for two requests with the same Idempotency-Key, and answers both alike', async () => {
    const send = () => write(file.app, 'post', '/api/activities', alex, { ...activityInput(companyId), status: 'DRAFT' }).set('Idempotency-Key', 'retry-me-1');
    const first = await send().expect(201);
    const second = await send().expect(201);
    expect(second.body).toEqual(first.body);
    expect(await file.store.prisma.activity.count({ where: { idempotencyKey: 'retry-me-1' } })).toBe(1);
    const events = await file.store.prisma.auditEvent.count({ where: { type: 'activity.draft-saved', data: { path: ['activityId'], equals: first.body.id } } });
    expect(events).toBe(1);
  });

  it('refuses an Idempotency-Key that is not 1 to 255 visible ASCII characters', async () => {
    const res = await write(file.app, 'post', '/api/activities', alex, activityInput(companyId)).set('Idempotency-Key', 'x'.repeat(256)).expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'Idempotency-Key' })]);
  });

  it('names each bad field, and a missing subject as companyId', async () => {
    const { companyId: _omitted, ...withoutSubject } = activityInput(companyId);
    const missing = await write(file.app, 'post', '/api/activities', alex, withoutSubject).expect(400);
    expect(missing.body.errors).toEqual([expect.objectContaining({ path: 'companyId' })]);
    const bad = await write(file.app, 'post', '/api/activities', alex, { ...activityInput(companyId), type: 'LUNCH', subject: '' }).expect(400);
    expect(bad.body.errors.map((error: { path: string }) => error.path).sort()).toEqual(['subject', 'type']);
    await write(file.app, 'post', '/api/activities', alex).expect(400);
  });

  it('sanitises rich-text notes', async () => {
    const activity = await logged(alex, { ...activityInput(companyId), notes: '<p>Hello<script>alert(1)</script></p>' });
    expect(activity.notes).toContain('Hello');
    expect(activity.notes).not.toMatch(/script|alert/);
  });

  // The id is a field of the body, not the path: a 400 naming it, the same as for an id that does not exist.
  it('refuses a company of another domain like one that does not exist', async () => {
    const globex = await write(file.app, 'post', '/api/activities', alex, activityInput(await companyIdOf(file.store, GLOBEX))).expect(400);
    const missing = await write(file.app, 'post', '/api/activities', alex, activityInput('00000000-0000-4000-8000-000000000000')).expect(400);
    expect(globex.body.errors).toEqual([expect.objectContaining({ path: 'companyId' })]);
    expect(globex.body).toEqual(missing.body);
  });

  it('refuses a cross-origin write', async () => {
    await request(file.app).post('/api/activities').set('Origin', 'https://evil.example').set('Cookie', alex).send(activityInput(companyId)).expect(403);
  });
});

describe('PATCH /api/activities/:id', () => {
  it('edits from the current version given as If-Match, and answers the new ETag', async () => {
    const activity = await logged(alex);
    const res = await write(file.app, 'patch', `/api/activities/${activity.id}`, alex, { subject: 'Renewal agreed' }).set('If-Match', 'W/"1"').expect(200);
    expect(res.body).toMatchObject({ subject: 'Renewal agreed', version: 2 });
    expect(res.headers.etag).toBe('"2"');
  });

  it('answers a stale version with a 409 carrying the current activity', async () => {
    const activity = await logged(alex);
    await write(file.app, 'patch', `/api/activities/${activity.id}`, alex, { subject: 'First edit', version: 1 }).expect(200);
    const res = await write(file.app, 'patch', `/api/activities/${activity.id}`, alex, { subject: 'Second edit' }).set('If-Match', '"1"').expect(409);
    expect(activitySchema.parse(res.body.current)).toMatchObject({ id: activity.id, version: 2, subject: 'First edit' });
  });

  it('audits a draft once however often it is autosaved, then once more when it is logged', async () => {
    const draft = await logged(alex, { ...activityInput(companyId), status: 'DRAFT' });
    const path = `/api/activities/${draft.id}`;
    for (const version of [1, 2, 3]) await write(file.app, 'patch', path, alex, { notes: `<p>Autosave ${version}</p>`, version }).expect(200);
    await write(file.app, 'patch', path, alex, { status: 'LOGGED', version: 4 }).expect(200);
    await write(file.app, 'patch', path, alex, { subject: 'Edited after logging', status: 'LOGGED', version: 5 }).expect(200);
    const events = await file.store.prisma.auditEvent.findMany({
      where: { data: { path: ['activityId'], equals: draft.id } },
      orderBy: { createdAt: 'asc' },
      select: { type: true, data: true },
    });
    expect(events).toEqual([
      { type: 'activity.draft-saved', data: expect.objectContaining({ version: 1 }) },
      { type: 'activity.logged', data: expect.objectContaining({ version: 5 }) },
      { type: 'activity.edited', data: expect.objectContaining({ version: 6 }) },
    ]);
  });

  it('refuses a body version that disagrees with If-Match, a malformed If-Match, and no version at all', async () => {
    const activity = await logged(alex);
    const path = `/api/activities/${activity.id}`;
    const disagree = await write(file.app, 'patch', path, alex, { subject: 'x', version: 1 }).set('If-Match', '"2"').expect(400);
    expect(disagree.body.errors).toEqual([expect.objectContaining({ path: 'version' })]);
    const malformed = await write(file.app, 'patch', path, alex, { subject: 'x' }).set('If-Match', 'v1').expect(400);
    expect(malformed.body.errors).toEqual([expect.objectContaining({ path: 'If-Match' })]);
    const none = await write(file.app, 'patch', path, alex, { subject: 'x' }).expect(400);
    expect(none.body.errors).toEqual([expect.objectContaining({ path: 'version' })]);
  });

  it("refuses an edit of someone else's activity with the reason", async () => {
    const activity = await logged(vera);
    const res = await write(file.app, 'patch', `/api/activities/${activity.id}`, alex, { subject: 'Mine now', version: 1 }).expect(403);
    expect(res.body.detail).toBe('Only the author of an activity can edit it.');
  });

  it("answers another domain's activity and a malformed id with a 404", async () => {
    const globexActivity = await logged(sam, activityInput(await companyIdOf(file.store, GLOBEX)));
    await write(file.app, 'patch', `/api/activities/${globexActivity.id}`, alex, { subject: 'x', version: 1 }).expect(404);
    await write(file.app, 'patch', '/api/activities/not-a-uuid', alex, { subject: 'x', version: 1 }).expect(404);
  });
});

describe('editing a logged activity (issue 15)', () => {
  const patch = (activity: Activity, cookie: string, body: object) => write(file.app, 'patch', `/api/activities/${activity.id}`, cookie, body);
  const stored = (activity: Activity) =>
    file.store.prisma.activity.findUniqueOrThrow({ where: { id: activity.id }, select: { subject: true, notes: true, version: true, status: true } });

  it('lets its author edit it from the current version; it stays logged', async () => {
    const activity = await logged(alex);
    const res = await patch(activity, alex, { notes: '<p>Corrected figures</p>' }).set('If-Match', '"1"').expect(200);
    expect(activitySchema.parse(res.body)).toMatchObject({ status: 'LOGGED', version: 2, notes: '<p>Corrected figures</p>' });
    expect(res.headers.etag).toBe('"2"');
  });

  it('refuses another Full user with FORBIDDEN, and changes nothing', async () => {
    const activity = await logged(alex);
    const hana = await signedIn(file.app, file.store, 'hana.sato@acme.example');
    const res = await patch(activity, hana, { subject: 'Not mine', version: 1 }).expect(403);
    expect(res.body).toMatchObject({ code: 'FORBIDDEN', detail: 'Only the author of an activity can edit it.' });
    expect(await stored(activity)).toMatchObject({ subject: activity.subject, version: 1 });
  });

  it('answers an edit from a stale version with a 409 carrying the current activity, as for drafts', async () => {
    const activity = await logged(alex);
    await patch(activity, alex, { subject: 'First correction', version: 1 }).expect(200);
    const res = await patch(activity, alex, { subject: 'Second correction' }).set('If-Match', '"1"').expect(409);
    expect(res.body.code).toBe('CONFLICT');
    expect(activitySchema.parse(res.body.current)).toMatchObject({ version: 2, subject: 'First correction', status: 'LOGGED' });
  });

  it('names a bad field, refuses a return to draft, and changes nothing', async () => {
    const activity = await logged(alex);
    const blank = await patch(activity, alex, { subject: '   ', version: 1 }).expect(400);
    expect(blank.body.errors).toEqual([expect.objectContaining({ path: 'subject' })]);
    const draft = await patch(activity, alex, { status: 'DRAFT', version: 1 }).expect(400);
    expect(draft.body.errors).toEqual([expect.objectContaining({ path: 'status' })]);
    expect(await stored(activity)).toEqual({ subject: activity.subject, notes: activity.notes, version: 1, status: 'LOGGED' });
  });
});

describe('DELETE /api/activities/:id', () => {
  it('discards an own draft, and keeps a logged activity once its undo window has passed', async () => {
    const draft = await logged(alex, { ...activityInput(companyId), status: 'DRAFT' });
    await write(file.app, 'delete', `/api/activities/${draft.id}`, alex).expect(204);
    expect(await file.store.prisma.activity.findUnique({ where: { id: draft.id } })).toBeNull();
    const kept = await logged(alex);
    await file.store.prisma.activity.update({ where: { id: kept.id }, data: { loggedAt: new Date('2020-01-01T00:00:00Z') } });
    await write(file.app, 'delete', `/api/activities/${kept.id}`, alex).expect(403);
  });

  it('undoes a log just made for its author only; a re-sent undo finds it gone', async () => {
    const justLogged = await logged(alex);
    await write(file.app, 'delete', `/api/activities/${justLogged.id}`, vera).expect(403);
    await write(file.app, 'delete', `/api/activities/${justLogged.id}`, alex).expect(204);
    expect(await file.store.prisma.activity.findUnique({ where: { id: justLogged.id } })).toBeNull();
    await write(file.app, 'delete', `/api/activities/${justLogged.id}`, alex).expect(404);
  });
});

describe('DELETE /api/activity-drafts/:idempotencyKey', () => {
  const createWithKey = (key: string) =>
    write(file.app, 'post', '/api/activities', alex, { ...activityInput(companyId), status: 'DRAFT' }).set('Idempotency-Key', key);

  it('deletes the draft an autosave created with the key, answers a retry alike, and a later create with the key is a 409', async () => {
    const draft = activitySchema.parse((await createWithKey('cancelled-1').expect(201)).body);
    await write(file.app, 'delete', '/api/activity-drafts/cancelled-1', alex).expect(204);
    await write(file.app, 'delete', '/api/activity-drafts/cancelled-1', alex).expect(204);
    expect(await file.store.prisma.activity.findUnique({ where: { id: draft.id } })).toBeNull();
    const late = await createWithKey('cancelled-1').expect(409);
    expect(late.body.detail).toMatch(/discarded/);
  });

  it('keeps an activity logged meanwhile (409), and names a key that is not visible ASCII', async () => {
    await write(file.app, 'post', '/api/activities', alex, activityInput(companyId)).set('Idempotency-Key', 'logged-1').expect(201);
    await write(file.app, 'delete', '/api/activity-drafts/logged-1', alex).expect(409);
    const bad = await write(file.app, 'delete', `/api/activity-drafts/${encodeURIComponent('has space')}`, alex).expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ path: 'idempotencyKey' })]);
  });

  it('refuses a cross-origin discard', async () => {
    await request(file.app).delete('/api/activity-drafts/cancelled-2').set('Origin', 'https://evil.example').set('Cookie', alex).expect(403);
  });
});

describe('POST /api/activities/:id/comments', () => {
  it('adds a comment that the next timeline read shows', async () => {
    const activity = await logged(alex, { ...activityInput(companyId), activityDate: '2099-01-01T00:00:00.000Z' });
    const res = await write(file.app, 'post', `/api/activities/${activity.id}/comments`, vera, { body: 'Nice call' }).expect(201);
    const comment = activityCommentSchema.parse(res.body);
    const page = timelinePageSchema.parse((await get(file.app, `/api/companies/${companyId}/timeline?limit=1`, alex).expect(200)).body);
    expect(page.items[0]).toMatchObject({ id: activity.id, comments: [expect.objectContaining({ id: comment.id, body: 'Nice call' })] });
  });

  it('names an empty body', async () => {
    const activity = await logged(alex);
    const res = await write(file.app, 'post', `/api/activities/${activity.id}/comments`, alex, { body: '  ' }).expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'body' })]);
  });
});
