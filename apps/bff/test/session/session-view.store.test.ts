import { sessionViewSchema } from '@c360/contracts';
import request from 'supertest';
import { describe, expect } from 'vitest';
import { contextPayload, encryptContext } from '../support/app-context.ts';
import { emptyAppTest as it, fileAppOf } from '../support/app-test.ts';
import { sessionCookieOf } from '../support/session-cookie.ts';

const file = fileAppOf(it, ['session', 'zoomInstallation']);

async function launched(payload = contextPayload()) {
  const res = await request(file.app).get('/zoom/home').set('x-zoom-app-context', encryptContext(payload)).expect(200);
  return sessionCookieOf(res)!;
}

const getSession = (cookie?: string) => {
  const req = request(file.app).get('/api/session');
  if (cookie) req.set('Cookie', cookie);
  return req.expect(200);
};

describe('GET /api/session', () => {
  it('shows no Zoom link to a browser that never came through Zoom, and stores nothing', async () => {
    const res = await getSession();
    expect(sessionViewSchema.parse(res.body)).toEqual({ zoom: null, gainsight: null });
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(await file.store.prisma.session.count()).toBe(0);
  });

  it('shows the linked Zoom user, meeting, surface and role', async () => {
    const res = await getSession(await launched());
    expect(sessionViewSchema.parse(res.body)).toEqual({
      zoom: { userId: 'zoom-user-alex', meetingUuid: 'meeting-uuid-1==', surface: 'meeting', role: 'host', installed: false },
      gainsight: null,
    });
  });

  it('says the app is installed once the Zoom user has an installation', async () => {
    const cookie = await launched();
    await file.store.prisma.zoomInstallation.create({
      data: {
        zoomUserId: 'zoom-user-alex',
        accountIdEnc: 'x',
        accessTokenEnc: 'x',
        refreshTokenEnc: 'x',
        accessExpiresAt: new Date(Date.now() + 3_600_000),
      },
    });
    expect((await getSession(cookie)).body.zoom.installed).toBe(true);
  });

  it('shows a guest with no user id, not installed', async () => {
    const { uid: _uid, ...guest } = contextPayload({ attendrole: 'attendee' });
    const res = await getSession(await launched(guest));
    expect(res.body.zoom).toEqual({ userId: null, meetingUuid: 'meeting-uuid-1==', surface: 'meeting', role: 'attendee', installed: false });
  });
});
