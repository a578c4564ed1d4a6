import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSandboxApp } from '../src/app.ts';
import { addRecording } from '../src/rest/recordings.ts';
import { startSandbox } from '../src/server.ts';
import { createSandboxState } from '../src/state/sandbox-state.ts';
import { keepStateInFile } from '../src/state/state-file.ts';
import { DEFAULT_ZOOM_USER } from '../src/zoom-users.ts';
import { testSandboxConfig } from './support/config.ts';
import { freePort } from './support/free-port.ts';
import { installedTokens, refresh } from './support/oauth.ts';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'zoom-sandbox-state-'));
  file = join(dir, 'zoom-sandbox-state.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const config = testSandboxConfig();

/** A sandbox process as `pnpm start` runs it: its state read from and written to the file. */
function sandboxOnFile() {
  const state = createSandboxState();
  keepStateInFile(state, file);
  return { state, app: createSandboxApp(config, state) };
}

describe('the sandbox’s state file', () => {
  it('keeps the installation and the tokens across a restart: the product’s refresh token and access token still work', async () => {
    const before = sandboxOnFile();
    const tokens = await installedTokens(before.app, config);

    const after = sandboxOnFile();
    expect(after.state.installations.has(DEFAULT_ZOOM_USER.id)).toBe(true);
    await request(after.app).get('/v2/users/me').set('Authorization', `Bearer ${tokens.access_token}`).expect(200);
    const rotated = await refresh(after.app, config, tokens.refresh_token).expect(200);
    // Rotation still holds after the restart: the used refresh token is gone, the new one works.
    await refresh(sandboxOnFile().app, config, tokens.refresh_token).expect(400);
    await refresh(sandboxOnFile().app, config, rotated.body.refresh_token).expect(200);
  });

  it('never holds a token in plaintext, only its digest', async () => {
    const { app } = sandboxOnFile();
    const tokens = await installedTokens(app, config);
    const saved = readFileSync(file, 'utf8');
    expect(saved).toContain(DEFAULT_ZOOM_USER.id);
    expect(saved).not.toContain(tokens.access_token);
    expect(saved).not.toContain(tokens.refresh_token);
  });

  it('keeps a removal: a revoked user is not installed after a restart', async () => {
    const before = sandboxOnFile();
    const tokens = await installedTokens(before.app, config);
    await request(before.app).post(`/sandbox/users/${DEFAULT_ZOOM_USER.id}/revoke`).expect(204);
    const after = sandboxOnFile();
    expect(after.state.installations.size).toBe(0);
    await refresh(after.app, config, tokens.refresh_token).expect(400);
  });

  it('keeps cloud recordings, so a download after a restart finds its file', async () => {
    const before = sandboxOnFile();
    const tokens = await installedTokens(before.app, config);
    const [file] = addRecording(before.state, 'meeting-1', DEFAULT_ZOOM_USER.id, [{ fileType: 'TRANSCRIPT', content: 'WEBVTT' }]);
    const { app } = sandboxOnFile();
    const download = await request(app).get(`/rec/download/${file!.id}`).set('Authorization', `Bearer ${tokens.access_token}`).expect(200);
    expect(download.text).toBe('WEBVTT');
  });

  it('refuses to start on a damaged file and says which one, rather than forgetting every installation', async () => {
    writeFileSync(file, '{ not json');
    expect(() => keepStateInFile(createSandboxState(), file)).toThrow(file);
  });

  it('is used by a listening sandbox when SANDBOX_STATE_FILE names it', async () => {
    const publicUrl = `http://localhost:${await freePort()}`;
    const first = await startSandbox(testSandboxConfig({ SANDBOX_PORT: '0', PUBLIC_URL: publicUrl, SANDBOX_STATE_FILE: file }));
    await first.close();
    const before = sandboxOnFile();
    await installedTokens(before.app, config);
    const second = await startSandbox(testSandboxConfig({ SANDBOX_PORT: '0', PUBLIC_URL: publicUrl, SANDBOX_STATE_FILE: file }));
    try {
      expect(second.state.installations.has(DEFAULT_ZOOM_USER.id)).toBe(true);
    } finally {
      await second.close();
    }
  });
});
