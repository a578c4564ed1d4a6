import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { createSandboxApp } from '../src/app.ts';
import { createSandboxState } from '../src/state/sandbox-state.ts';
import { DEFAULT_ZOOM_USER, ZOOM_USERS } from '../src/zoom-users.ts';
import { testSandboxConfig } from './support/config.ts';
import { installedTokens, refresh, signedInAs } from './support/oauth.ts';
import { startWebhookReceiver } from './support/webhook-receiver.ts';

let receiver: Awaited<ReturnType<typeof startWebhookReceiver>> | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

const setup = (publicUrl = 'http://localhost:3000') => {
  const config = testSandboxConfig({ PUBLIC_URL: publicUrl });
  const state = createSandboxState();
  return { config, state, app: createSandboxApp(config, state) };
};

describe('the Marketplace', () => {
  it('shows the app card, the signed-in user, Add and the install-from-website link', async () => {
    const { app } = setup();
    const page = await request(app).get('/marketplace').expect(200);
    expect(page.text).toContain('Customer 360 for Zoom');
    expect(page.text).toContain(DEFAULT_ZOOM_USER.email);
    expect(page.text).toContain('href="/marketplace/add"');
    expect(page.text).toContain('href="http://localhost:3000/zoom/install"');
    expect(page.text).not.toContain('Remove');
  });

  it('lists the Zoom Apps SDK APIs the app uses, and none it never calls', async () => {
    const { app } = setup();
    const page = await request(app).get('/marketplace').expect(200);
    expect(page.text).toContain('Zoom Apps SDK APIs the app uses (20)');
    for (const api of ['getMeetingParticipants', 'getAppContext', 'showAppInvitationDialog', 'startRTMS', 'onRTMSStatusChange'])
      expect(page.text).toContain(`<code>${api}</code>`);
    for (const api of ['openUrl', 'onRunningContextChange', 'getRunningContext']) expect(page.text).not.toContain(`<code>${api}</code>`);
  });

  it('Add goes to authorize with the registered redirect and no state, as Zoom’s own button does', async () => {
    const { app } = setup();
    const add = await request(app).get('/marketplace/add').expect(302);
    const target = new URL(add.headers.location as string, 'http://sandbox');
    expect(target.pathname).toBe('/oauth/authorize');
    expect(Object.fromEntries(target.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'test-client-id',
      redirect_uri: 'http://localhost:3000/zoom/callback',
    });
  });

  it('Remove ends the user’s tokens and sends app_deauthorized', async () => {
    receiver = await startWebhookReceiver();
    const { app, config } = setup(receiver.origin);
    const tokens = await installedTokens(app, config);
    const page = await request(app).get('/marketplace').expect(200);
    expect(page.text).toContain('action="/marketplace/remove"');
    await request(app).post('/marketplace/remove').expect(303).expect('Location', '/marketplace?notice=removed');
    await refresh(app, config, tokens.refresh_token).expect(400);
    const body = JSON.parse(receiver.received[0]!.rawBody);
    expect(body).toEqual({
      event: 'app_deauthorized',
      event_ts: expect.any(Number),
      payload: {
        account_id: DEFAULT_ZOOM_USER.accountId,
        user_id: DEFAULT_ZOOM_USER.id,
        signature: expect.stringMatching(/^[0-9a-f]{64}$/),
        deauthorization_time: expect.any(String),
        client_id: 'test-client-id',
        event_ts: expect.any(Number),
      },
    });
    expect((await request(app).get('/marketplace').expect(200)).text).not.toContain('/marketplace/remove');
  });
});

describe('the sandbox user switcher', () => {
  it('signs the browser in as another Zoom user and returns to the page', async () => {
    const { app } = setup();
    const mia = ZOOM_USERS[5]!;
    const switched = await request(app).post('/sandbox/sign-in').type('form').send({ user: mia.id, return: '/marketplace' }).expect(303);
    expect(switched.headers.location).toBe('/marketplace');
    expect(String(switched.headers['set-cookie'])).toContain(`zsb_user=${mia.id}`);
    const page = await request(app).get('/marketplace').set('Cookie', signedInAs(mia.id)).expect(200);
    expect(page.text).toContain(mia.email);
  });

  it('never redirects off the sandbox and refuses unknown users', async () => {
    const { app } = setup();
    const away = await request(app).post('/sandbox/sign-in').type('form').send({ user: DEFAULT_ZOOM_USER.id, return: '//evil.example' });
    expect(away.headers.location).toBe('/');
    await request(app).post('/sandbox/sign-in').type('form').send({ user: 'nobody' }).expect(400);
  });

  it('is on the home page, which links to every part of the sandbox', async () => {
    const { app } = setup();
    const home = await request(app).get('/').expect(200);
    for (const link of ['/marketplace', '/client', '/webhooks', '/sandbox.css']) expect(home.text).toContain(`href="${link}"`);
    expect(home.text).toContain('action="/sandbox/sign-in"');
    await request(app)
      .get('/sandbox.css')
      .expect(200)
      .expect('Content-Type', /text\/css/);
  });
});
