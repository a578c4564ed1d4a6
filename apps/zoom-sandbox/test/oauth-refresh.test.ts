import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createSandboxApp } from '../src/app.ts';
import { countTokenRequests, revokeGrant } from '../src/oauth/grants.ts';
import { createSandboxState } from '../src/state/sandbox-state.ts';
import { DEFAULT_ZOOM_USER } from '../src/zoom-users.ts';
import { testSandboxConfig } from './support/config.ts';
import { installedTokens, refresh } from './support/oauth.ts';

const config = testSandboxConfig();
const setup = () => {
  const state = createSandboxState();
  return { state, app: createSandboxApp(config, state) };
};
const invalidToken = { reason: 'Invalid Token!', error: 'invalid_grant' };

describe('Zoom token endpoint: refresh', () => {
  it('returns a new refresh token every time and rejects the old one', async () => {
    const { app } = setup();
    const first = await installedTokens(app, config);
    const second = await refresh(app, config, first.refresh_token).expect(200);
    expect(second.body.refresh_token).not.toBe(first.refresh_token);
    expect(second.body.access_token).not.toBe(first.access_token);
    expect((await refresh(app, config, first.refresh_token).expect(400)).body).toEqual(invalidToken);
    await refresh(app, config, second.body.refresh_token).expect(200);
  });

  it('lets only one of many concurrent refreshes with the same token win, and counts them all per user', async () => {
    const { app, state } = setup();
    const tokens = await installedTokens(app, config);
    const results = await Promise.all(Array.from({ length: 5 }, () => refresh(app, config, tokens.refresh_token)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 400, 400, 400, 400]);
    expect(countTokenRequests(state, 'refresh_token', DEFAULT_ZOOM_USER.id)).toBe(5);
    expect(countTokenRequests(state, 'authorization_code', DEFAULT_ZOOM_USER.id)).toBe(1);
  });

  it('honours a shortened access token lifetime', async () => {
    const { app, state } = setup();
    state.settings.accessTokenTtlSeconds = 5;
    expect((await installedTokens(app, config)).expires_in).toBe(5);
  });

  it('stops refreshing once the grant is revoked through the sandbox control route', async () => {
    const { app } = setup();
    const tokens = await installedTokens(app, config);
    await request(app).post(`/sandbox/users/${DEFAULT_ZOOM_USER.id}/revoke`).expect(204);
    expect((await refresh(app, config, tokens.refresh_token).expect(400)).body).toEqual(invalidToken);
    await request(app).get('/v2/users/me').set('Authorization', `Bearer ${tokens.access_token}`).expect(401);
    await request(app).post('/sandbox/users/nobody/revoke').expect(404);
  });

  it('stops refreshing once the grant is revoked through the state API', async () => {
    const { app, state } = setup();
    const tokens = await installedTokens(app, config);
    expect(revokeGrant(state, DEFAULT_ZOOM_USER.id)).toBe(true);
    await refresh(app, config, tokens.refresh_token).expect(400);
  });
});
