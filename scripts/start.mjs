// `pnpm start`: the whole product on this machine — the BFF on the embedded store (demo data on the
// first start), the built sidebar, and the local Zoom sandbox. Prints the URL to open.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const PORT = process.env.PORT || '3000';
const SANDBOX_PORT = process.env.SANDBOX_PORT || '3001';
// Empty counts as unset, as in the BFF's configuration.
const PUBLIC_URL = process.env.PUBLIC_URL || `http://localhost:${PORT}`;

function newestMtime(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }, 0);
}

function buildSidebarIfStale() {
  const sidebar = join(root, 'apps/sidebar');
  const built = join(sidebar, 'dist/index.html');
  const sources = Math.max(newestMtime(join(sidebar, 'src')), statSync(join(sidebar, 'index.html')).mtimeMs);
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  console.log('Building the sidebar…');
  const result = spawnSync('pnpm', ['--filter', '@c360/sidebar', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const children = [];
function run(name, script, env) {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: root,
    env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'development', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`${name} stopped (${signal ?? `exit code ${code}`}); stopping the rest.`);
    stop(code || 1);
  });
  children.push(child);
  return child;
}

let stopping = false;
function stop(code = 0) {
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  Promise.all(children.map((child) => new Promise((done) => (child.exitCode !== null ? done() : child.on('exit', done))))).then(
    () => process.exit(code),
  );
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

async function waitUntilHealthy(url, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !stopping) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not come up`);
}

buildSidebarIfStale();
run('The BFF', 'apps/bff/src/server.ts', { PORT, PUBLIC_URL });
run('The Zoom sandbox', 'apps/zoom-sandbox/src/server.ts', { SANDBOX_PORT, PUBLIC_URL });
const sandboxUrl = `http://localhost:${SANDBOX_PORT}`;
await Promise.all([waitUntilHealthy(PUBLIC_URL), waitUntilHealthy(sandboxUrl)]);
console.log(`\n  Customer 360 for Zoom is running.\n\n  Open ${sandboxUrl}\n  (the sidebar alone: ${PUBLIC_URL}/)\n`);
