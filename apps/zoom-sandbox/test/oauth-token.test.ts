import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createSandboxApp } from '../src/app.ts';
import { createSandboxState } from '../src/state/sandbox-state.ts';
import { testSandboxConfig } from './support/config.ts';
import { basicAuth, consentTo, exchangeCode, newVerifier, s256 } from './support/oauth.ts';

const config = testSandboxConfig();
const setup = () => {
  const state = createSandboxState();
  return { state, app: createSandboxApp(config, state) };
};
const codeOf = (location: URL) => location.searchParams.get('code') ?? '';

describe('Zoom token endpoint: authorization code', () => {
  it('exchanges a code bound to an S256 challenge for tokens shaped like Zoom’s', async () => {
    const { app } = setup();
    const verifier = newVerifier();
    const code = codeOf(await consentTo(app, config, { codeChallenge: s256(verifier), codeChallengeMethod: 'S256' }));
    const response = await exchangeCode(app, config, { code, code_verifier: verifier }).expect(200);
    expect(response.body).toMatchObject({ token_type: 'bearer', expires_in: 3600, scope: 'zoomapp:inmeeting user:read:user meeting:read:meeting' });
    expect(response.body.access_token).toEqual(expect.any(String));
    expect(response.body.refresh_token).toEqual(expect.any(String));
    expect(response.body.access_token).not.toBe(response.body.refresh_token);
  });

  it('accepts the plain method, where the challenge is the verifier itself', async () => {
    const { app } = setup();
    const verifier = newVerifier();
    const code = codeOf(await consentTo(app, config, { codeChallenge: verifier, codeChallengeMethod: 'plain' }));
    await exchangeCode(app, config, { code, code_verifier: verifier }).expect(200);
  });

  it('refuses a wrong or missing verifier', async () => {
    const { app } = setup();
    const verifier = newVerifier();
    const challenge = { codeChallenge: s256(verifier), codeChallengeMethod: 'S256' };
    const wrong = await exchangeCode(app, config, { code: codeOf(await consentTo(app, config, challenge)), code_verifier: newVerifier() });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toEqual({ reason: 'Invalid code_verifier', error: 'invalid_grant' });
    // The plain comparison must not accept the challenge as a verifier for S256.
    const asIs = await exchangeCode(app, config, { code: codeOf(await consentTo(app, config, challenge)), code_verifier: s256(verifier) });
    expect(asIs.status).toBe(400);
    const missing = await exchangeCode(app, config, { code: codeOf(await consentTo(app, config, challenge)) });
    expect(missing.status).toBe(400);
  });

  it('uses a code once', async () => {
    const { app } = setup();
    const code = codeOf(await consentTo(app, config));
    await exchangeCode(app, config, { code }).expect(200);
    const again = await exchangeCode(app, config, { code }).expect(400);
    expect(again.body).toEqual({ reason: 'Invalid authorization code', error: 'invalid_grant' });
  });

  it('refuses a code after five minutes', async () => {
    const { app, state } = setup();
    const code = codeOf(await consentTo(app, config));
    const now = Date.now();
    state.now = () => now + 5 * 60 * 1000 + 1;
    await exchangeCode(app, config, { code }).expect(400);
  });

  it('requires the same redirect_uri as the authorize request', async () => {
    const { app } = setup();
    const code = codeOf(await consentTo(app, config, { redirectUri: `${config.PUBLIC_URL}/zoom/home` }));
    const response = await exchangeCode(app, config, { code, redirect_uri: `${config.PUBLIC_URL}/zoom/callback` }).expect(400);
    expect(response.body).toEqual({ reason: 'Redirect URI mismatch.', error: 'invalid_request' });
  });

  it('requires the client’s Basic credentials', async () => {
    const { app, state } = setup();
    const code = codeOf(await consentTo(app, config));
    const invalidClient = { reason: 'Invalid client_id or client_secret', error: 'invalid_client' };
    const form = { grant_type: 'authorization_code', code, redirect_uri: `${config.PUBLIC_URL}/zoom/callback` };
    const none = await request(app).post('/oauth/token').type('form').send(form).expect(401);
    expect(none.body).toEqual(invalidClient);
    const wrong = await request(app).post('/oauth/token').set('Authorization', basicAuth(config.ZOOM_CLIENT_ID, 'guess')).type('form').send(form).expect(401);
    expect(wrong.body).toEqual(invalidClient);
    // A rejected client does not burn the user's code.
    await exchangeCode(app, config, { code }).expect(200);
    expect(state.tokenRequests.map((r) => r.ok)).toEqual([false, false, true]);
  });

  it('refuses an unknown grant type', async () => {
    const { app } = setup();
    const response = await exchangeCode(app, config, { grant_type: 'password' }).expect(400);
    expect(response.body.error).toBe('unsupported_grant_type');
  });
});
