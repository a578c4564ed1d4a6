import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createSandboxApp } from '../src/app.ts';
import { expireAccessTokens } from '../src/oauth/grants.ts';
import { addRecording, failNextDownloads } from '../src/rest/recordings.ts';
import { createSandboxState, type SandboxState } from '../src/state/sandbox-state.ts';
import { DEFAULT_ZOOM_USER, ZOOM_USERS } from '../src/zoom-users.ts';
import { testSandboxConfig } from './support/config.ts';
import { installedTokens } from './support/oauth.ts';

const config = testSandboxConfig();
const setup = () => {
  const state = createSandboxState({ origin: 'http://localhost:3001' });
  return { state, app: createSandboxApp(config, state) };
};
const bearer = (token: string) => `Bearer ${token}`;
const VTT = 'WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nAlex Morgan: Hello\n';
const recordMeeting = (state: SandboxState) =>
  addRecording(state, 'meeting-uuid==', DEFAULT_ZOOM_USER.id, [
    { fileType: 'TRANSCRIPT', content: VTT },
    { fileType: 'CHAT', content: 'hello from chat' },
  ]);

describe('Zoom REST API: users/me', () => {
  it('names the user a valid access token belongs to', async () => {
    const { app } = setup();
    const { access_token } = await installedTokens(app, config);
    const me = await request(app).get('/v2/users/me').set('Authorization', bearer(access_token)).expect(200);
    expect(me.body).toEqual({
      id: DEFAULT_ZOOM_USER.id,
      account_id: DEFAULT_ZOOM_USER.accountId,
      email: DEFAULT_ZOOM_USER.email,
      first_name: 'Alex',
      last_name: 'Morgan',
      display_name: 'Alex Morgan',
      type: 1,
      status: 'active',
      timezone: expect.any(String),
      language: 'en-US',
    });
  });

  it('answers 401 code 124 for a missing, unknown or expired token', async () => {
    const { app, state } = setup();
    const { access_token } = await installedTokens(app, config);
    expect((await request(app).get('/v2/users/me').expect(401)).body).toEqual({ code: 124, message: 'Invalid access token.' });
    await request(app).get('/v2/users/me').set('Authorization', bearer('made-up')).expect(401);
    expireAccessTokens(state, DEFAULT_ZOOM_USER.id);
    const expired = await request(app).get('/v2/users/me').set('Authorization', bearer(access_token)).expect(401);
    expect(expired.body.code).toBe(124);
  });
});

describe('Zoom REST API: deeplink', () => {
  it('returns a link that opens the app in the sandbox client as that user, with the action as act', async () => {
    const { app } = setup();
    const { access_token } = await installedTokens(app, config);
    const call = (body: object) => request(app).post('/v2/zoomapp/deeplink').set('Authorization', bearer(access_token)).send(body);
    const withAction = await call({ type: 1, action: 'open company/42 & more' }).expect(201);
    expect(withAction.body).toEqual({
      deeplink: `http://localhost:3001/client?user=${DEFAULT_ZOOM_USER.id}&open=1&act=${encodeURIComponent('open company/42 & more')}`,
    });
    expect((await call({}).expect(201)).body.deeplink).toBe(`http://localhost:3001/client?user=${DEFAULT_ZOOM_USER.id}&open=1`);
  });

  it('refuses a bad body with code 300 and a bad token with 124', async () => {
    const { app } = setup();
    const { access_token } = await installedTokens(app, config);
    const call = () => request(app).post('/v2/zoomapp/deeplink').set('Authorization', bearer(access_token));
    expect(
      (
        await call()
          .send({ action: 'x'.repeat(257) })
          .expect(400)
      ).body.code,
    ).toBe(300);
    expect((await call().send({ type: 3 }).expect(400)).body.code).toBe(300);
    expect((await call().type('json').send('{not json').expect(400)).body.code).toBe(300);
    await request(app).post('/v2/zoomapp/deeplink').send({}).expect(401);
  });
});

describe('recording file downloads', () => {
  it('serve a transcript only to the host’s valid token, by header or query', async () => {
    const { app, state } = setup();
    const host = await installedTokens(app, config);
    const other = await installedTokens(app, config, ZOOM_USERS[1]!.id);
    const [transcript, chat] = recordMeeting(state);
    expect(transcript!.download_url).toMatch(/^http:\/\/localhost:3001\/rec\/download\/[\w-]+$/);
    const path = new URL(transcript!.download_url).pathname;
    const file = await request(app).get(path).set('Authorization', bearer(host.access_token)).expect(200);
    expect(file.type).toBe('text/vtt');
    expect(file.text).toBe(VTT);
    await request(app).get(`${path}?access_token=${host.access_token}`).expect(200);
    await request(app).get(path).expect(401);
    await request(app).get(path).set('Authorization', bearer(other.access_token)).expect(401);
    const chatFile = await request(app).get(new URL(chat!.download_url).pathname).set('Authorization', bearer(host.access_token)).expect(200);
    expect(chatFile.type).toBe('text/plain');
  });

  it('fail the next N downloads with 500 when asked', async () => {
    const { app, state } = setup();
    const host = await installedTokens(app, config);
    const [transcript] = recordMeeting(state);
    failNextDownloads(state, 2);
    const path = new URL(transcript!.download_url).pathname;
    await request(app).get(path).set('Authorization', bearer(host.access_token)).expect(500);
    await request(app).get(path).set('Authorization', bearer(host.access_token)).expect(500);
    await request(app).get(path).set('Authorization', bearer(host.access_token)).expect(200);
  });
});
