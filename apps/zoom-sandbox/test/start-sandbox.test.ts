import { describe, expect, it } from 'vitest';
import { startSandbox } from '../src/server.ts';
import { addRecording } from '../src/rest/recordings.ts';
import { DEFAULT_ZOOM_USER } from '../src/zoom-users.ts';
import { testSandboxConfig } from './support/config.ts';
import { freePort } from './support/free-port.ts';

describe('a listening sandbox', () => {
  it('names the port it bound in download URLs, and serves them over real HTTP', async () => {
    const publicUrl = `http://localhost:${await freePort()}`;
    const { url, state, close } = await startSandbox(testSandboxConfig({ SANDBOX_PORT: '0', PUBLIC_URL: publicUrl }));
    try {
      expect(url).toMatch(/^http:\/\/localhost:\d+$/);
      expect(url).not.toBe('http://localhost:0');
      const [file] = addRecording(state, 'm1', DEFAULT_ZOOM_USER.id, [{ fileType: 'CHAT', content: 'hi' }]);
      expect(file!.download_url.startsWith(`${url}/rec/download/`)).toBe(true);
      expect((await fetch(file!.download_url)).status).toBe(401);
    } finally {
      await close();
    }
  });
});
