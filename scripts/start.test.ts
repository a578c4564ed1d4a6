import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'c360-start-'));
const running = new Set<ChildProcess>();
afterAll(() => {
  // A failed test must not leave the product running (it would hold the data directory's lock).
  for (const child of running) if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface Started {
  child: ChildProcess;
  output: () => string;
  bff: string;
  sandbox: string;
}

// `pnpm start` as a newcomer runs it, on its own data directory and ports.
async function start(): Promise<Started> {
  const [port, bffPort, sandboxPort] = [await freePort(), await freePort(), await freePort()];
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    detached: true, // its own process group, so a failed test can stop everything it started
    env: { ...process.env, NODE_ENV: 'development', DATA_DIR: dataDir, PORT: String(port), BFF_PORT: String(bffPort), SANDBOX_PORT: String(sandboxPort) },
  });
  running.add(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes('is running')) resolve();
      if (child.exitCode !== null) reject(new Error(`start exited: ${output}`));
    }, 100);
    child.once('exit', () => clearInterval(timer));
    setTimeout(() => clearInterval(timer), 170_000);
  });
  return { child, output: () => output, bff: `http://localhost:${port}`, sandbox: `http://localhost:${sandboxPort}` };
}

function stop(started: Started): Promise<number | null> {
  return new Promise((resolve) => {
    started.child.once('exit', (code) => resolve(code));
    started.child.kill('SIGINT');
  });
}

describe('pnpm start', () => {
  it('brings the product up on a new embedded store with the demo data, behind the sandbox, prints the URL, and stops cleanly', async () => {
    const started = await start();
    try {
      expect(started.output()).toContain(`Open ${started.sandbox}`);
      expect(started.output()).toContain('loaded the demo data into the new embedded store');
      expect((await fetch(`${started.bff}/readyz`)).status).toBe(200);
      const sidebar = await fetch(`${started.bff}/`);
      expect(sidebar.status).toBe(200);
      expect(sidebar.headers.get('strict-transport-security')).toBe('max-age=31536000');
      expect(await (await fetch(started.sandbox)).text()).toContain('href="/marketplace"');
      // The sandbox plays Zoom for the BFF: its Marketplace "Add" leads to Zoom's consent for our app.
      const add = await fetch(`${started.sandbox}/marketplace/add`, { redirect: 'manual' });
      expect(add.headers.get('location')).toContain(encodeURIComponent(`${started.bff}/zoom/callback`));
    } finally {
      expect(await stop(started)).toBe(0);
    }
    expect(existsSync(join(dataDir, 'store.lock'))).toBe(false);
  }, 180_000);

  it('reuses the data on the second start instead of loading it again', async () => {
    const started = await start();
    try {
      expect(started.output()).not.toContain('loaded the demo data');
      expect((await fetch(`${started.bff}/readyz`)).status).toBe(200);
    } finally {
      expect(await stop(started)).toBe(0);
    }
  }, 180_000);
});
