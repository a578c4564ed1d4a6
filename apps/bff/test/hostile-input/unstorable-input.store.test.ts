import { companyAttributesSchema, PROBLEM_CONTENT_TYPE, scorecardResponseSchema } from '@c360/contracts';
import type request from 'supertest';
import { describe, expect } from 'vitest';
import { appTest as it, fileAppOf } from '../support/app-test.ts';
import { launchAndSignIn } from '../support/zoom-launch.ts';
import { activityInput, busiestCompanyOf, ACME } from '../timeline/timeline-support.ts';
import { clientOf } from '../support/http-client.ts';

// Issue 13, defects 1 and 2: text the store cannot hold (NUL, lone surrogates) and dates outside its years
// answered 500 (PostgreSQL 22021, 22008, 22009). Each is a 400 problem+json naming the field instead.
const NUL = 'a\u0000b';
const LONE_SURROGATE = 'a\uD800b';
const MEETING = 'kT9+qR2/xY7wZ1==';
const ANY_ID = '5b3c2f0e-8d7a-4c61-9e2b-0f1a2b3c4d5e';
const cursorOf = (position: object) => Buffer.from(JSON.stringify(position)).toString('base64url');

const file = fileAppOf(it);
let alex: string;
let companyId: string;
let activityId: string;

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
const send = (method: Method, path: string, body?: object, cookie: string | undefined = alex) =>
  method === 'get' ? clientOf(file.app, cookie).get(path) : clientOf(file.app, cookie)[method](path, body);

/** Refused with 400 problem+json whose errors name `field`, and nothing was written. */
async function expectRefused(res: request.Response, field: string): Promise<void> {
  expect(res.status, JSON.stringify(res.body)).toBe(400);
  expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
  expect((res.body as { errors?: { path: string }[] }).errors?.map((error) => error.path)).toContain(field);
}

it.beforeAll(async () => {
  alex = await launchAndSignIn(file.app, file.store, { username: 'alex@acme.example', context: { uid: 'zoom-user-alex', mid: MEETING, attendrole: 'host' } });
  companyId = await busiestCompanyOf(file.store, ACME);
  const created = await send('post', '/api/activities', activityInput(companyId)).set('Idempotency-Key', 'unstorable-input-setup').expect(201);
  activityId = (created.body as { id: string }).id;
});

describe('text the store cannot hold is refused, naming the field', () => {
  it('refuses NUL in a query and in path parameters', async () => {
    await expectRefused(await send('get', `/api/search?q=${encodeURIComponent(NUL)}`), 'q');
    const meeting = `/api/meetings/${encodeURIComponent(MEETING)}`;
    await expectRefused(await send('put', `${meeting}/participants/${encodeURIComponent(NUL)}/person`, { personId: null }), 'participantUuid');
    await expectRefused(await send('get', `/api/meeting-logs/${encodeURIComponent(NUL)}`), 'meetingUuid');
  });

  // A URL cannot carry a lone surrogate (its UTF-8 does not exist); a JSON body can, as `\ud800`.
  for (const [name, bad] of [
    ['NUL', NUL],
    ['a lone surrogate', LONE_SURROGATE],
  ] as const) {
    it(`refuses ${name} in a sign-in lookup (no sign-in needed)`, async () => {
      await expectRefused(await send('post', '/api/login/lookup', { username: bad }, undefined), 'username');
    });

    it(`refuses ${name} in an activity's subject and notes, and in a comment`, async () => {
      await expectRefused(
        await send('post', '/api/activities', { ...activityInput(companyId), subject: bad }).set('Idempotency-Key', `subject-${bad.charCodeAt(1)}`),
        'subject',
      );
      await expectRefused(await send('patch', `/api/activities/${activityId}`, { notes: bad, version: 1 }), 'notes');
      await expectRefused(await send('post', `/api/activities/${activityId}/comments`, { body: bad }), 'body');
    });

    it(`refuses ${name} in a person's fields and a CTA's subject`, async () => {
      const person = { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', companyId };
      await expectRefused(await send('post', '/api/people', { ...person, firstName: bad }), 'firstName');
      await expectRefused(await send('post', '/api/people', { ...person, title: bad }), 'title');
      await expectRefused(await send('post', '/api/ctas', { companyId, subject: bad, dueDate: '2099-01-01' }), 'subject');
    });

    it(`refuses ${name} in a measure comment, attribute keys and values, and layout keys`, async () => {
      const scorecard = scorecardResponseSchema.parse((await send('get', `/api/companies/${companyId}/scorecard`).expect(200)).body).scorecard!;
      const measure = scorecard.groups.flatMap((group) => group.measures).find((candidate) => candidate.type === 'manual')!;
      await expectRefused(await send('put', `/api/companies/${companyId}/scorecard/measures/${measure.id}`, { comment: bad }), 'comment');

      const attributes = companyAttributesSchema.parse((await send('get', `/api/companies/${companyId}/attributes`).expect(200)).body);
      const textField = attributes.fields.find((field) => field.type === 'TEXT' && !field.readOnly)!;
      await expectRefused(
        await send('patch', `/api/companies/${companyId}/attributes`, { values: { [textField.key]: bad }, version: attributes.version }),
        `values.${textField.key}`,
      );
      await expectRefused(
        await send('patch', `/api/companies/${companyId}/attributes`, { values: { [bad]: 'x' }, version: attributes.version }),
        `values.${bad}`,
      );
      await expectRefused(await send('put', '/api/admin/attribute-layout', { keys: [bad] }), 'keys.0');
    });

    it(`refuses ${name} in the roster`, async () => {
      const participant = { participantUuid: 'p-1', displayName: 'Emma Clark', email: null, role: 'attendee' };
      const meeting = `/api/meetings/${encodeURIComponent(MEETING)}`;
      await expectRefused(await send('put', `${meeting}/roster`, { participants: [{ ...participant, displayName: bad }] }), 'participants.0.displayName');
      await expectRefused(await send('put', `${meeting}/roster`, { participants: [participant], topic: bad }), 'topic');
    });
  }
});

describe('dates outside the storable years are refused, naming the field', () => {
  it("refuses an activity's date in year 0 or 10000, whatever its offset", async () => {
    for (const activityDate of ['0000-01-01T00:00:00Z', '0001-01-01T00:00:00+05:00', '9999-12-31T23:00:00-05:00']) {
      await expectRefused(
        await send('post', '/api/activities', { ...activityInput(companyId), activityDate }).set('Idempotency-Key', `date-${activityDate}`),
        'activityDate',
      );
      await expectRefused(await send('patch', `/api/activities/${activityId}`, { activityDate, version: 1 }), 'activityDate');
    }
  });

  it('refuses a DATE attribute and a due date outside the years', async () => {
    const attributes = companyAttributesSchema.parse((await send('get', `/api/companies/${companyId}/attributes`).expect(200)).body);
    const dateField = attributes.fields.find((field) => field.type === 'DATE' && !field.readOnly)!;
    await expectRefused(
      await send('patch', `/api/companies/${companyId}/attributes`, { values: { [dateField.key]: '0000-01-01' }, version: attributes.version }),
      `values.${dateField.key}`,
    );
    await expectRefused(await send('post', '/api/ctas', { companyId, subject: 'Call back', dueDate: '0000-01-01' }), 'dueDate');
  });

  it('refuses report days whose range the store cannot hold, and accepts the last ones it can', async () => {
    await expectRefused(await send('get', '/api/reports/events?from=0000-01-01'), 'from');
    await expectRefused(await send('get', '/api/reports/events?to=9999-12-31'), 'to');
    await send('get', '/api/reports/events?from=0002-01-01&to=9998-12-31').expect(200);
    await send('get', '/api/reports/events?to=0002-01-01').expect(200);
  });

  it('refuses cursors that decode to such dates, naming `cursor`', async () => {
    const year0 = '0000-01-01T00:00:00.000Z';
    await expectRefused(await send('get', `/api/companies/${companyId}/timeline?cursor=${cursorOf({ d: year0, i: ANY_ID })}`), 'cursor');
    await expectRefused(await send('get', `/api/companies/${companyId}/ctas?cursor=${cursorOf({ s: 'OPEN', d: '0000-01-01', i: ANY_ID })}`), 'cursor');
    await expectRefused(await send('get', `/api/reports/events?cursor=${cursorOf({ t: year0, i: ANY_ID })}`), 'cursor');
    await expectRefused(await send('get', `/api/meeting-logs?state=PENDING&cursor=${cursorOf({ e: year0, i: ANY_ID })}`), 'cursor');
  });
});

it('keeps what a refused request would have changed as it was', async () => {
  expect(await file.store.prisma.activity.count({ where: { subject: { contains: '\uFFFD' } } })).toBe(0);
  expect(await file.store.prisma.person.count({ where: { email: 'ada@example.com' } })).toBe(0);
});
