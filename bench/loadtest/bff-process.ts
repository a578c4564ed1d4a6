import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const READY_TIMEOUT_MS = 60_000;

export interface BffProcess {
  origin: string;
  /** SIGTERM: the BFF finishes what is in flight and closes its store, as in production. */
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

async function waitUntilReady(origin: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the BFF exited (${child.exitCode}): ${output()}`);
    const ready = await fetch(`${origin}/readyz`).then(
      (res) => res.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`the BFF was not ready within ${READY_TIMEOUT_MS / 1000} s: ${output()}`);
}

let built = false;
/** `pnpm build:bff`, once per process: the load is measured on the compiled BFF production runs, built from the sources as they are now. */
export function buildBff(): void {
  if (built) return;
  const result = spawnSync('pnpm', ['build:bff'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`pnpm build:bff failed (${result.status ?? result.signal})`);
  built = true;
}

/** What `pnpm start:bff` runs (built first), as a child process (so the load generator does not share its event loop), on a free port. */
export async function startBff(env: Record<string, string>): Promise<BffProcess> {
  buildBff();
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--enable-source-maps', 'apps/bff/dist/server.js'], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', ...env, PORT: String(port), PUBLIC_URL: origin },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The last lines of its log (warnings and errors), for the report when it fails.
  let output = '';
  const keep = (chunk: unknown) => (output = (output + String(chunk)).slice(-4_000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = once(child, 'exit');
  await waitUntilReady(origin, child, () => output);
  return {
    origin,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await exited;
      if (child.exitCode !== 0) throw new Error(`the BFF stopped with ${child.exitCode ?? child.signalCode}: ${output}`);
    },
  };
}
