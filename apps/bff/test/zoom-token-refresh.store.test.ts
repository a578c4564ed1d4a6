import { AppError, findZoomInstallationTokens } from '@c360/c360';
import { countTokenRequests, expireAccessTokens } from '@c360/zoom-sandbox/src/oauth/grants.ts';
import { ZOOM_USERS } from '@c360/zoom-sandbox/src/zoom-users.ts';
import express from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorHandler } from '../src/http/error-handler.ts';
import { tokenBoxOf } from '../src/zoom/token-box.ts';
import { renewAccessToken } from '../src/zoom/token-refresh.ts';
import { getZoomUserProfile } from '../src/zoom/zoom-api.ts';
import { installApp } from './support/zoom-browser.ts';
import { startZoomHarness, type ZoomHarness } from './support/zoom-harness.ts';
import { tokenDigest } from '@c360/zoom-sandbox/src/state/token-digest.ts';

let zoom: ZoomHarness;
beforeAll(async () => {
  zoom = await startZoomHarness();
});
afterAll(async () => {
  await zoom.close();
});

const storedTokens = (zoomUserId: string) => findZoomInstallationTokens(zoom.store.prisma, tokenBoxOf(zoom.config), zoomUserId);
const refreshes = (zoomUserId: string) => countTokenRequests(zoom.sandbox, 'refresh_token', zoomUserId);

/** Our record says the access token expires in 30 s: inside the refresh margin, still valid at Zoom. */
async function expireSoon(zoomUserId: string) {
  await zoom.store.prisma.zoomInstallation.update({ where: { zoomUserId }, data: { accessExpiresAt: new Date(Date.now() + 30_000) } });
}

describe('Zoom token lifecycle', () => {
  it('refreshes once for 20 concurrent API calls, and saves the rotated refresh token', async () => {
    const user = ZOOM_USERS[0]!;
    await installApp(zoom, user.id);
    const before = await storedTokens(user.id);
    await expireSoon(user.id);

    const profiles = await Promise.all(Array.from({ length: 20 }, () => getZoomUserProfile(zoom.deps, user.id)));

    expect(profiles.every((profile) => profile.id === user.id)).toBe(true);
    expect(refreshes(user.id)).toBe(1);
    const after = await storedTokens(user.id);
    expect(after!.refreshToken).not.toBe(before!.refreshToken);
    expect(zoom.sandbox.refreshTokens.get(tokenDigest(after!.refreshToken))?.retired).toBeFalsy();
    expect(after!.accessExpiresAt.getTime()).toBeGreaterThan(Date.now() + 50 * 60_000);

    // The fresh token is used as it is: no further refresh.
    await getZoomUserProfile(zoom.deps, user.id);
    expect(refreshes(user.id)).toBe(1);
  });

  it('refreshes once when two processes renew at the same moment: the second uses the rotated token', async () => {
    const user = ZOOM_USERS[1]!;
    await installApp(zoom, user.id);
    await expireSoon(user.id);

    // Straight to the locked path, as two processes without a shared in-memory flight would.
    const [first, second] = await Promise.all([renewAccessToken(zoom.deps, user.id), renewAccessToken(zoom.deps, user.id)]);

    expect(first).toBe(second);
    expect(refreshes(user.id)).toBe(1);
    expect((await storedTokens(user.id))!.accessToken).toBe(first);
  });

  it('refreshes and retries once when Zoom rejects an access token before its recorded expiry', async () => {
    const user = ZOOM_USERS[2]!;
    await installApp(zoom, user.id);
    expireAccessTokens(zoom.sandbox, user.id);

    expect(await getZoomUserProfile(zoom.deps, user.id)).toEqual({ id: user.id });
    expect(refreshes(user.id)).toBe(1);
  });

  it('asks the user to authorize again (401, not 500) when the refresh token is revoked, and forgets the tokens', async () => {
    const user = ZOOM_USERS[4]!;
    await installApp(zoom, user.id);
    const revoked = await fetch(`${zoom.sandboxOrigin}/sandbox/users/${user.id}/revoke`, { method: 'POST' });
    expect(revoked.status).toBe(204);
    await expireSoon(user.id);

    const failure = await getZoomUserProfile(zoom.deps, user.id).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({ code: 'UNAUTHENTICATED', details: { reauthorize: true } });
    expect(await zoom.store.prisma.zoomInstallation.count({ where: { zoomUserId: user.id } })).toBe(0);

    const app = express();
    app.get('/profile', async (_req, res) => {
      res.json(await getZoomUserProfile(zoom.deps, user.id));
    });
    app.use(errorHandler(pino({ level: 'silent' })));
    const res = await request(app)
      .get('/profile')
      .expect(401)
      .expect('content-type', /application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 401, reauthorize: true });
  });
});
