import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestStore } from '@c360/c360/testing';
import { loadConfig } from '@c360/bff/src/config.ts';
import { startServer, type StartedServer } from '@c360/bff/src/server.ts';
import { renewAccessToken, zoomAccessToken } from '@c360/bff/src/zoom/token-refresh.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSandboxConfig } from '../src/config.ts';
import { startSandbox, type StartedSandbox } from '../src/server.ts';
import { DEFAULT_ZOOM_USER } from '../src/zoom-users.ts';
import { freePort } from './support/free-port.ts';
import { signedInAs } from './support/oauth.ts';

const ZOOM_APP = { ZOOM_CLIENT_ID: 'restart-client-id', ZOOM_CLIENT_SECRET: 'restart-client-secret', ZOOM_WEBHOOK_SECRET_TOKEN: 'restart-webhook-secret' };

let dir: string;
let bff: StartedServer;
let sandbox: StartedSandbox;
let bffConfig: ReturnType<typeof loadConfig>;
let startOnFile: () => Promise<StartedSandbox>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zoom-sandbox-restart-'));
  const [publicPort, bffPort, sandboxPort] = [await freePort(), await freePort(), await freePort()];
  const publicUrl = `http://localhost:${publicPort}`;
  const sandboxUrl = `http://localhost:${sandboxPort}`;
  bffConfig = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PORT: String(bffPort),
    PUBLIC_URL: publicUrl,
    ZOOM_HOST: sandboxUrl,
    ZOOM_API_HOST: sandboxUrl,
    ...ZOOM_APP,
  });
  bff = await startServer(bffConfig, { store: await createTestStore() });
  // As `pnpm start` runs it: the same ports and the state file beside the store, every time.
  const sandboxConfig = loadSandboxConfig({
    NODE_ENV: 'test',
    SANDBOX_PORT: String(sandboxPort),
    PUBLIC_URL: publicUrl,
    BFF_URL: `http://localhost:${bffPort}`,
    SANDBOX_STATE_FILE: join(dir, 'zoom-sandbox-state.json'),
    ...ZOOM_APP,
  });
  startOnFile = () => startSandbox(sandboxConfig);
  sandbox = await startOnFile();
});

afterAll(async () => {
  await sandbox?.close();
  await bff?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Marketplace → Add → Authorize, then the product's callback stores the tokens (the install journey, over HTTP). */
async function installFromMarketplace() {
  const cookie = signedInAs(DEFAULT_ZOOM_USER.id);
  const add = await fetch(`${sandbox.url}/marketplace/add`, { redirect: 'manual' });
  const consent = await (await fetch(new URL(add.headers.get('location')!, sandbox.url), { headers: { cookie } })).text();
  const consentId = /name="consent_id" value="([^"]+)"/.exec(consent)?.[1] ?? '';
  const answer = await fetch(`${sandbox.url}/oauth/authorize`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ consent_id: consentId, decision: 'allow' }),
    redirect: 'manual',
  });
  const callback = await fetch(answer.headers.get('location')!, { redirect: 'manual' });
  expect(callback.headers.get('location')).toMatch(/\/client\?/);
}

describe('a restarted sandbox (pnpm start again)', () => {
  it('still has the app installed: the product’s stored token works, and its refresh token renews it instead of "the app is not installed"', async () => {
    await installFromMarketplace();
    const deps = { config: bffConfig, prisma: bff.store.prisma };
    const stored = await zoomAccessToken(deps, DEFAULT_ZOOM_USER.id);

    await sandbox.close();
    sandbox = await startOnFile();
    // Let this process's HTTP client see that the old sandbox closed its kept-alive connections.
    await new Promise((resolve) => setTimeout(resolve, 200));

    const me = await fetch(`${sandbox.url}/v2/users/me`, { headers: { authorization: `Bearer ${stored}` } });
    expect(me.status).toBe(200);
    // What the recording worker does when Zoom rejects a token: refresh it. The grant is still there.
    const renewed = await renewAccessToken(deps, DEFAULT_ZOOM_USER.id, stored);
    expect(renewed).not.toBe(stored);
    expect((await fetch(`${sandbox.url}/v2/users/me`, { headers: { authorization: `Bearer ${renewed}` } })).status).toBe(200);
  });
});
