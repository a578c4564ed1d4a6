import request from 'supertest';
import { describe, expect } from 'vitest';
import { contextPayload, encryptContext } from '../support/app-context.ts';
import { appTest as it, fileAppOf } from '../support/app-test.ts';
import { signedIn } from '../support/gainsight.ts';
import { sessionCookieOf } from '../support/session-cookie.ts';
import { SIDEBAR_HTML, ZOOM_REQUIRED_HEADERS } from '../support/test-app.ts';

const file = fileAppOf(it, ['session']);

const openHome = (context?: string, cookie?: string) => {
  const req = request(file.app).get('/zoom/home');
  if (context !== undefined) req.set('x-zoom-app-context', context);
  if (cookie) req.set('Cookie', cookie);
  return req;
};

function expectZoomHeaders(res: request.Response) {
  for (const header of ZOOM_REQUIRED_HEADERS) expect(res.headers[header], header).toBeTruthy();
}

describe('the Home URL', () => {
  it('serves the sidebar and links the session to the Zoom user and meeting', async () => {
    const res = await openHome(encryptContext(contextPayload()));
    expect(res.status).toBe(200);
    expect(res.text).toBe(SIDEBAR_HTML);
    expectZoomHeaders(res);
    expect(sessionCookieOf(res)).toBeDefined();
    const rows = await file.store.prisma.session.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      zoomUserId: 'zoom-user-alex',
      meetingUuid: 'meeting-uuid-1==',
      data: { zoomLaunch: { surface: 'meeting', role: 'host' } },
    });
  });

  it('serves a guest (no uid) the sidebar with a session linked to the meeting only', async () => {
    const { uid: _uid, ...guest } = contextPayload({ attendrole: 'attendee' });
    const res = await openHome(encryptContext(guest)).expect(200);
    expect(res.text).toBe(SIDEBAR_HTML);
    const rows = await file.store.prisma.session.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ zoomUserId: null, meetingUuid: 'meeting-uuid-1==' });
  });

  it('keeps the session id when the same user opens the app again in another meeting', async () => {
    const cookie = sessionCookieOf(await openHome(encryptContext(contextPayload())))!;
    const again = await openHome(encryptContext(contextPayload({ mid: 'meeting-uuid-2==' })), cookie).expect(200);
    expect(sessionCookieOf(again)).toBeUndefined();
    const rows = await file.store.prisma.session.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.meetingUuid).toBe('meeting-uuid-2==');
  });

  it('replaces the link under a new session id when another Zoom user relaunches', async () => {
    const first = sessionCookieOf(await openHome(encryptContext(contextPayload())))!;
    const gainsightUser = await file.store.prisma.user.findFirstOrThrow();
    await file.store.prisma.session.updateMany({ data: { userId: gainsightUser.id, domainId: gainsightUser.domainId } });
    const res = await openHome(encryptContext(contextPayload({ uid: 'zoom-user-vera' })), first).expect(200);
    const rotated = sessionCookieOf(res);
    expect(rotated).toBeDefined();
    expect(rotated).not.toBe(first);
    const rows = await file.store.prisma.session.findMany();
    expect(rows).toHaveLength(1);
    // The Gainsight sign-in belonged to the previous Zoom user.
    expect(rows[0]).toMatchObject({ zoomUserId: 'zoom-user-vera', userId: null, domainId: null });
  });

  it('serves a reload without the header to the session a verified context linked, and changes nothing', async () => {
    const cookie = sessionCookieOf(await openHome(encryptContext(contextPayload())))!;
    const before = await file.store.prisma.session.findMany();
    const reload = await openHome(undefined, cookie).expect(200);
    expect(reload.text).toBe(SIDEBAR_HTML);
    expectZoomHeaders(reload);
    expect(sessionCookieOf(reload)).toBeUndefined();
    expect(await file.store.prisma.session.findMany()).toEqual(before);
  });

  it('refuses a reload with a bad header even to a linked session', async () => {
    const cookie = sessionCookieOf(await openHome(encryptContext(contextPayload())))!;
    await openHome(encryptContext(contextPayload(), 'wrong-secret'), cookie).expect(401);
  });

  it('refuses a page without the header to a session no context linked (a Gainsight sign-in alone)', async () => {
    const cookie = await signedIn(file.app, file.store, 'alex@acme.example');
    await openHome(undefined, cookie).expect(401);
  });

  describe('refuses with a 401 page that says what to do, stores nothing', () => {
    const now = Date.now();
    it.each([
      ['no header', undefined],
      ['a value sealed with another secret', encryptContext(contextPayload(), 'wrong-secret')],
      [
        'a flipped byte',
        (() => {
          const bytes = Buffer.from(encryptContext(contextPayload()), 'base64');
          bytes[bytes.length - 20] = bytes[bytes.length - 20]! ^ 0xff;
          return bytes.toString('base64');
        })(),
      ],
      ['an expired value', encryptContext(contextPayload({ ts: now - 300_000, exp: now - 180_000 }))],
      ['another app’s value (aud)', encryptContext(contextPayload({ aud: 'another-client-id' }))],
      ['an oversized header', 'A'.repeat(5000)],
    ])('%s', async (_case, context) => {
      const res = await openHome(context);
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expectZoomHeaders(res);
      expect(res.text).toContain('Apps');
      expect(res.text).toContain('アプリ');
      expect(res.headers['set-cookie']).toBeUndefined();
      expect(await file.store.prisma.session.count()).toBe(0);
    });
  });
});
