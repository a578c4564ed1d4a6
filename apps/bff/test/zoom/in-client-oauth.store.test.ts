import type { Server } from 'node:http';
import { emptyStoreTest as it } from '@c360/c360/testing';
import type { Store } from '@c360/c360/store';
import { problemSchema, sessionViewSchema, zoomAuthorizeResponseSchema } from '@c360/contracts';
import { startSandbox } from '@c360/zoom-sandbox/src/server.ts';
import { testSandboxConfig } from '@c360/zoom-sandbox/test/support/config.ts';
import { ZOOM_USERS } from '@c360/zoom-sandbox/src/zoom-users.ts';
import request from 'supertest';
import { afterAll, beforeEach, describe, expect } from 'vitest';
import { contextPayload, encryptContext } from '../support/app-context.ts';
import { sessionCookieOf } from '../support/session-cookie.ts';
import { PUBLIC_URL } from '../support/test-app.ts';
import { zoomTestApp } from '../support/zoom-app.ts';

/** The page that called zoomSdk.authorize(); Zoom sends the code back to it. */
const REDIRECT_URI = `${PUBLIC_URL}/zoom/home`;

let store: Store;
let sandbox: { url: string; server: Server };
it.beforeAll(async ({ store: fileStore }) => {
  store = fileStore;
  sandbox = await startSandbox(testSandboxConfig({ SANDBOX_PORT: '0', PUBLIC_URL }));
});
afterAll(async () => {
  await new Promise((resolve) => sandbox.server.close(resolve));
});
beforeEach(async () => {
  await store.prisma.session.deleteMany();
});

const app = (method: 'plain' | 'S256' = 'plain') =>
  zoomTestApp(store, { ZOOM_HOST: sandbox.url, ZOOM_API_HOST: sandbox.url, ZOOM_IN_CLIENT_PKCE_METHOD: method });

/** A guest's sidebar, opened from the Home URL: a session with a verified launch and no Zoom user. */
async function guestSession(): Promise<string> {
  const { uid: _uid, ...guest } = contextPayload({ attendrole: 'participant' });
  const res = await request(app()).get('/zoom/home').set('x-zoom-app-context', encryptContext(guest)).expect(200);
  return sessionCookieOf(res)!;
}

async function authorize(cookie: string, method: 'plain' | 'S256' = 'plain') {
  const res = await request(app(method)).get('/api/zoom/authorize').set('Cookie', cookie).expect(200);
  return zoomAuthorizeResponseSchema.parse(res.body);
}

/** What the Zoom client does for zoomSdk.authorize(): the consent page, answered by the signed-in user. */
async function consentInZoom(codeChallenge: string, method: 'plain' | 'S256', zoomUserId: string): Promise<string> {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: 'test-client-id',
    redirect_uri: REDIRECT_URI,
    code_challenge: codeChallenge,
    code_challenge_method: method,
  });
  const headers = { cookie: `zsb_user=${zoomUserId}` };
  let answer = await fetch(`${sandbox.url}/oauth/authorize?${query}`, { headers, redirect: 'manual' });
  if (answer.status === 200) {
    const consentId = /name="consent_id" value="([^"]+)"/.exec(await answer.text())?.[1];
    expect(consentId).toBeDefined();
    answer = await fetch(`${sandbox.url}/oauth/authorize`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ consent_id: consentId!, decision: 'allow' }),
      redirect: 'manual',
    });
  }
  expect(answer.status).toBe(302);
  const code = new URL(answer.headers.get('location')!).searchParams.get('code');
  expect(code).toBeTruthy();
  return code!;
}

const authorized = (cookie: string, body: { code: string; state: string; redirectUri?: string }, method: 'plain' | 'S256' = 'plain') =>
  request(app(method))
    .post('/api/zoom/authorized')
    .set('Origin', PUBLIC_URL)
    .set('Cookie', cookie)
    .send({ redirectUri: REDIRECT_URI, ...body });

function expectProblem(res: request.Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  return problemSchema.parse(JSON.parse(res.text));
}

describe('in-client OAuth', () => {
  it.each(['plain', 'S256'] as const)('installs with a %s challenge and links the guest session to the Zoom user who authorized', async (method) => {
    const zoomUser = method === 'plain' ? ZOOM_USERS[1]! : ZOOM_USERS[2]!;
    const guest = await guestSession();
    const { codeChallenge, state } = await authorize(guest, method);
    expect(codeChallenge).toMatch(/^[A-Za-z0-9_-]{43,128}$/);
    const code = await consentInZoom(codeChallenge, method, zoomUser.id);

    const res = await authorized(guest, { code, state }, method).expect(200);
    expect(sessionViewSchema.parse(res.body).zoom).toMatchObject({ userId: zoomUser.id, installed: true, meetingUuid: 'meeting-uuid-1==' });
    // A guest becoming a Zoom user gets a new session id.
    const linked = sessionCookieOf(res);
    expect(linked).toBeDefined();
    expect(linked).not.toBe(guest);
    expect(await store.prisma.zoomInstallation.count({ where: { zoomUserId: zoomUser.id } })).toBe(1);
    const view = await request(app()).get('/api/session').set('Cookie', linked!).expect(200);
    expect(view.body.zoom).toMatchObject({ userId: zoomUser.id, installed: true });
  });

  it('redeems a code only with the session’s verifier (an S256 challenge is not its own verifier)', async () => {
    const guest = await guestSession();
    const { codeChallenge, state } = await authorize(guest, 'S256');
    const code = await consentInZoom(codeChallenge, 'plain', ZOOM_USERS[3]!.id);
    expectProblem(await authorized(guest, { code, state }, 'S256'), 401);
    expect(await store.prisma.zoomInstallation.count({ where: { zoomUserId: ZOOM_USERS[3]!.id } })).toBe(0);
  });

  it('issues a fresh state and challenge each time', async () => {
    const guest = await guestSession();
    const first = await authorize(guest);
    const second = await authorize(guest);
    expect(second.state).not.toBe(first.state);
    expect(second.codeChallenge).not.toBe(first.codeChallenge);
  });

  it('accepts a state only once', async () => {
    const guest = await guestSession();
    const { codeChallenge, state } = await authorize(guest);
    const code = await consentInZoom(codeChallenge, 'plain', ZOOM_USERS[0]!.id);
    const res = await authorized(guest, { code, state }).expect(200);
    const replay = await authorized(sessionCookieOf(res)!, { code, state });
    expect(expectProblem(replay, 400).detail).toMatch(/No in-client authorization is pending/);
  });

  it('refuses a state it did not issue, and then the real one too (consumed)', async () => {
    const guest = await guestSession();
    const { codeChallenge, state } = await authorize(guest);
    const code = await consentInZoom(codeChallenge, 'plain', ZOOM_USERS[0]!.id);
    const wrong = await authorized(guest, { code, state: `${state}x` });
    const problem = expectProblem(wrong, 400);
    expect(problem.detail).toMatch(/state does not match/);
    expect(problem.errors).toEqual([expect.objectContaining({ path: 'state' })]);
    expectProblem(await authorized(guest, { code, state }), 400);
    expect((await store.prisma.session.findFirstOrThrow()).zoomUserId).toBeNull();
  });

  it('refuses a redirect URI that is not one of our pages', async () => {
    const guest = await guestSession();
    const { state } = await authorize(guest);
    const res = await authorized(guest, { code: 'any', state, redirectUri: 'https://evil.example/zoom/home' });
    expect(expectProblem(res, 400).errors).toEqual([expect.objectContaining({ path: 'redirectUri' })]);
  });

  it('answers a code Zoom refuses with 401', async () => {
    const guest = await guestSession();
    const { state } = await authorize(guest);
    const problem = expectProblem(await authorized(guest, { code: 'not-a-code', state }), 401);
    expect(problem.detail).toMatch(/Start the authorization again/);
  });

  it('refuses to start outside a page the Zoom client opened', async () => {
    const res = await request(app()).get('/api/zoom/authorize');
    expectProblem(res, 401);
    expect(await store.prisma.session.count()).toBe(0);
  });

  it('refuses a code exchanged with another session (no pending authorization there)', async () => {
    const owner = await guestSession();
    const { codeChallenge, state } = await authorize(owner);
    const code = await consentInZoom(codeChallenge, 'plain', ZOOM_USERS[0]!.id);
    const other = await guestSession();
    expectProblem(await authorized(other, { code, state }), 400);
  });
});
