import { existsSync, mkdtempSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testStoreKind } from '@c360/c360/testing';
import { describe, expect, it } from 'vitest';
import { childDatabaseUrl, freePort, spawnServer, waitFor } from './support/spawn-server.ts';

/** Where the child server keeps its data: a fresh DATA_DIR, or a fresh database on the test server. */
async function storeEnv(dataDir: string): Promise<Record<string, string>> {
  if (testStoreKind() === 'pglite') return { DATA_DIR: dataDir };
  return { DATABASE_URL: await childDatabaseUrl('bff_shutdown') };
}

describe('stopping the BFF', () => {
  it('finishes the request in flight on SIGTERM, closes the store and exits 0', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'c360-bff-'));
    const port = await freePort();
    const origin = `http://localhost:${port}`;
    const server = spawnServer({
      NODE_ENV: 'test',
      PORT: String(port),
      SIDEBAR_DIST: join(dataDir, 'no-sidebar'),
      ...(await storeEnv(dataDir)),
    });
    // A new embedded store loads the demo data before listening: slow on a busy 2-core machine.
    await waitFor(() => server.stdout().includes('listening') || server.child.exitCode !== null, 'the server to listen', 90_000);
    expect(server.stderr()).toBe('');

    // A request whose body has not fully arrived when SIGTERM does.
    const socket = connect(port, '127.0.0.1');
    let response = '';
    socket.on('data', (chunk) => (response += String(chunk)));
    const socketClosed = new Promise((resolve) => socket.on('close', resolve));
    socket.write(
      `POST /api/slow HTTP/1.1\r\nHost: localhost:${port}\r\nOrigin: ${origin}\r\n` +
        'Content-Type: application/json\r\nContent-Length: 2\r\nConnection: keep-alive\r\n\r\n{',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    server.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(server.child.exitCode).toBeNull(); // still waiting for our request
    socket.write('}');

    await socketClosed; // the server ends the kept-alive connection after the response
    expect(response).toMatch(/^HTTP\/1\.1 404 /);
    expect(response.toLowerCase()).toContain('connection: close');
    expect(response).toContain('application/problem+json');
    expect(await server.exited).toBe(0);
    expect(existsSync(join(dataDir, 'store.lock'))).toBe(false);
  }, 120_000);
});
