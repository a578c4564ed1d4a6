import { problemSchema, sessionViewSchema } from '@c360/contracts';
import request from 'supertest';
import { describe, expect } from 'vitest';
import { contextPayload, encryptContext } from '../support/app-context.ts';
import { emptyAppTest as it, fileAppOf } from '../support/app-test.ts';
import { sessionCookieOf } from '../support/session-cookie.ts';
import { clientOf } from '../support/http-client.ts';

const file = fileAppOf(it, ['session', 'zoomInstallation']);

const postContext = (context: string, cookie?: string) => clientOf(file.app, cookie).post('/api/zoom/context', { context });

describe('POST /api/zoom/context', () => {
  it('links the session to a verified getAppContext() value and answers with the session view', async () => {
    const res = await postContext(encryptContext(contextPayload({ typ: 'panel', mid: undefined, attendrole: undefined }))).expect(200);
    expect(sessionViewSchema.parse(res.body)).toEqual({
      zoom: { userId: 'zoom-user-alex', meetingUuid: null, surface: 'panel', role: null, installed: false },
      gainsight: null,
    });
    expect(await file.store.prisma.session.findMany()).toMatchObject([{ zoomUserId: 'zoom-user-alex', meetingUuid: null }]);
  });

  it('updates the meeting of a session the Home URL linked', async () => {
    const cookie = sessionCookieOf(await postContext(encryptContext(contextPayload())))!;
    const res = await postContext(encryptContext(contextPayload({ mid: 'meeting-uuid-9==' })), cookie).expect(200);
    expect(res.body.zoom.meetingUuid).toBe('meeting-uuid-9==');
    expect(await file.store.prisma.session.count()).toBe(1);
  });

  it.each([
    ['tampered', encryptContext(contextPayload(), 'wrong-secret')],
    ['expired', encryptContext(contextPayload({ exp: Date.now() - 1 }))],
    ['wrong-audience', encryptContext(contextPayload({ aud: 'another-client-id' }))],
    ['oversized', 'A'.repeat(5000)],
  ])('refuses a %s value with 401 problem+json and stores nothing', async (reason, context) => {
    const res = await postContext(context).expect(401);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = problemSchema.parse(JSON.parse(res.text));
    expect(problem).toMatchObject({ type: 'urn:c360:problem:unauthenticated', reason });
    expect(problem.detail).toMatch(/Reopen the app from Zoom/);
    expect(await file.store.prisma.session.count()).toBe(0);
  });

  it('answers a body without a context with 400 naming the field', async () => {
    const res = await clientOf(file.app).post('/api/zoom/context', {}).expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'context' })]);
  });

  it('refuses a cross-site post', async () => {
    await request(file.app)
      .post('/api/zoom/context')
      .set('Origin', 'https://evil.example')
      .send({ context: encryptContext(contextPayload()) })
      .expect(403);
    expect(await file.store.prisma.session.count()).toBe(0);
  });
});
