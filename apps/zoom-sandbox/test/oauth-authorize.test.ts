import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createSandboxApp } from '../src/app.ts';
import { createSandboxState } from '../src/state/sandbox-state.ts';
import { DEFAULT_ZOOM_USER, ZOOM_USERS } from '../src/zoom-users.ts';
import { testSandboxConfig } from './support/config.ts';
import { consentTo, signedInAs } from './support/oauth.ts';

const config = testSandboxConfig();
const setup = () => {
  const state = createSandboxState();
  return { state, app: createSandboxApp(config, state) };
};
const authorizeUrl = (params: Record<string, string>) =>
  `/oauth/authorize?${new URLSearchParams({ response_type: 'code', client_id: config.ZOOM_CLIENT_ID, redirect_uri: `${config.PUBLIC_URL}/zoom/callback`, ...params })}`;

describe('Zoom authorize and consent', () => {
  it('shows the app, its scopes and the signed-in user, with Authorize and Deny', async () => {
    const { app } = setup();
    const page = await request(app)
      .get(authorizeUrl({ state: 'abc' }))
      .expect(200);
    expect(page.type).toBe('text/html');
    expect(page.text).toContain('Customer 360 for Zoom');
    expect(page.text).toContain('zoomapp:inmeeting');
    expect(page.text).toContain(DEFAULT_ZOOM_USER.email);
    expect(page.text).toMatch(/<form method="post" action="\/oauth\/authorize"/);
    expect(page.text).toContain('value="allow">Authorize</button>');
    expect(page.text).toContain('value="deny" class="secondary">Deny</button>');
    expect(page.text).toContain('action="/sandbox/sign-in"');
  });

  it('refuses an unknown client id or a redirect outside the allow list with an error page', async () => {
    const { app } = setup();
    const wrongClient = await request(app)
      .get(authorizeUrl({ client_id: 'someone-else' }))
      .expect(400);
    expect(wrongClient.text).toContain('Invalid client_id');
    await request(app)
      .get(authorizeUrl({ redirect_uri: 'https://evil.example/zoom/callback' }))
      .expect(400);
    await request(app)
      .get(authorizeUrl({ redirect_uri: 'not a url' }))
      .expect(400);
    await request(app)
      .get(authorizeUrl({ code_challenge: 'x', code_challenge_method: 'S512' }))
      .expect(400);
  });

  it('accepts any page of the product origin as an in-client redirect', async () => {
    const { app } = setup();
    const location = await consentTo(app, config, { redirectUri: `${config.PUBLIC_URL}/zoom/home?tab=timeline`, state: 's1' });
    expect(location.pathname).toBe('/zoom/home');
    expect(location.searchParams.get('tab')).toBe('timeline');
    expect(location.searchParams.get('state')).toBe('s1');
    expect(location.searchParams.get('code')).toBeTruthy();
  });

  it('returns the state only when the app sent one', async () => {
    const { app } = setup();
    const location = await consentTo(app, config);
    expect(location.searchParams.has('state')).toBe(false);
    expect(location.searchParams.get('code')).toBeTruthy();
  });

  it('sends a denial back as access_denied with the state, and installs nothing', async () => {
    const { app, state } = setup();
    const location = await consentTo(app, config, { state: 'xyz' }, 'deny');
    expect(location.href).toBe(`${config.PUBLIC_URL}/zoom/callback?error=access_denied&state=xyz`);
    expect(state.installations.size).toBe(0);
  });

  it('uses a consent only once', async () => {
    const { app } = setup();
    const page = await request(app).get(authorizeUrl({})).expect(200);
    const consentId = /name="consent_id" value="([^"]+)"/.exec(page.text)?.[1] ?? '';
    await request(app).post('/oauth/authorize').type('form').send({ consent_id: consentId, decision: 'allow' }).expect(302);
    await request(app).post('/oauth/authorize').type('form').send({ consent_id: consentId, decision: 'allow' }).expect(400);
  });

  it('asks the user who is signed in, and skips the question once they have added the app', async () => {
    const { app, state } = setup();
    const vera = ZOOM_USERS[1]!;
    const page = await request(app).get(authorizeUrl({})).set('Cookie', signedInAs(vera.id)).expect(200);
    expect(page.text).toContain(vera.email);
    await consentTo(app, config, { userId: vera.id });
    expect(state.installations.has(vera.id)).toBe(true);
    const again = await request(app)
      .get(authorizeUrl({ state: 'st' }))
      .set('Cookie', signedInAs(vera.id))
      .expect(302);
    expect(new URL(again.headers.location as string).searchParams.get('state')).toBe('st');
  });

  it('refuses a decision made after switching to another user', async () => {
    const { app } = setup();
    const page = await request(app).get(authorizeUrl({})).expect(200);
    const consentId = /name="consent_id" value="([^"]+)"/.exec(page.text)?.[1] ?? '';
    await request(app)
      .post('/oauth/authorize')
      .set('Cookie', signedInAs(ZOOM_USERS[2]!.id))
      .type('form')
      .send({ consent_id: consentId, decision: 'allow' })
      .expect(400);
  });
});
