import { MAX_NOTES_BYTES, MAX_ROSTER_PARTICIPANTS } from '@c360/contracts';
import request from 'supertest';
import { describe, expect } from 'vitest';
import { appTest as it, fileAppOf } from './support/app-test.ts';
import { contextPayload, encryptContext } from './support/app-context.ts';
import { companyIdOf, post } from './support/gainsight.ts';
import { sessionCookieOf } from './support/session-cookie.ts';
import { clientOf } from './support/http-client.ts';

const MEETING = 'large-bodies-meeting==';
const file = fileAppOf(it);
let cookie: string;

it.beforeAll(async ({ signIn }) => {
  const home = await request(file.app)
    .get('/zoom/home')
    .set('x-zoom-app-context', encryptContext(contextPayload({ mid: MEETING })))
    .expect(200);
  cookie = await signIn('alex@acme.example', { cookie: sessionCookieOf(home)! });
});

describe('the largest bodies the contracts allow', () => {
  it('a roster of the maximum size, with long names and addresses, is accepted', async () => {
    const participants = Array.from({ length: MAX_ROSTER_PARTICIPANTS }, (_, index) => ({
      participantUuid: `participant-${index}-${'u'.repeat(60)}`,
      displayName: `Participant ${index} ${'n'.repeat(150)}`,
      email: `participant.${index}.${'e'.repeat(150)}@example.com`,
      role: index === 0 ? 'host' : 'attendee',
    }));
    const res = await clientOf(file.app, cookie).put(`/api/meetings/${encodeURIComponent(MEETING)}/roster`, { participants });
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200);
    expect(res.body.participants).toHaveLength(MAX_ROSTER_PARTICIPANTS);
  });

  it('notes of the maximum size, full of characters JSON escapes, are accepted; one byte more is refused naming the field', async () => {
    const companyId = await companyIdOf(file.store, 'acme.gainsightcloud.com');
    const quoted = '<p class="q">"</p>';
    const notes = quoted.repeat(Math.floor(MAX_NOTES_BYTES / quoted.length));
    const activity = { type: 'UPDATE', subject: 'Large notes', notes, activityDate: new Date().toISOString(), companyId };
    const res = await post(file.app, '/api/activities', activity, cookie);
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(201);

    const tooLong = await post(file.app, '/api/activities', { ...activity, notes: 'x'.repeat(MAX_NOTES_BYTES + 1) }, cookie).expect(400);
    expect(tooLong.body.errors).toEqual([expect.objectContaining({ path: 'notes' })]);
  });
});
