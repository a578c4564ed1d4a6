import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { inject } from 'vitest';

const BFF_DIR = fileURLToPath(new URL('../../', import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/**
 * `node --import tsx src/server.ts` (as `pnpm start:bff:dev` runs it), or node with other `args` (the compiled
 * dist/server.js), with exactly `env` (plus PATH/HOME).
 */
export function spawnServer(env: Record<string, string>, args: readonly string[] = ['--import', 'tsx', 'src/server.ts']): ServerProcess {
  const child = spawn(process.execPath, args, {
    cwd: BFF_DIR,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += String(chunk)));
  child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

export async function waitFor(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

/** A new, empty database on the test server for a child process, named for `label` (dropped with the run's other databases). */
export async function childDatabaseUrl(label: string): Promise<string> {
  const { adminUrl, emptyTemplate, runId } = inject('testStore');
  const name = `c360_${runId}_${label}_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${emptyTemplate}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl!);
  url.pathname = `/${name}`;
  return url.toString();
}
