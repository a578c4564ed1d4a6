// `pnpm start`: the whole product on this machine — the BFF on the embedded store (demo data on the
// first start), the built sidebar, and the local Zoom sandbox. Prints the URL to open.
//
//   PORT (3000)          the app's public origin: the sandbox's "Zoom embedded browser", in front of the BFF
//   BFF_PORT (PORT + 10) the BFF itself
//   SANDBOX_PORT (3001)  Zoom's web and API hosts, played by the sandbox: open this one
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// Empty counts as unset, as in the BFF's configuration.
const PORT = Number(process.env.PORT || 3000);
const BFF_PORT = process.env.BFF_PORT || String(PORT + 10);
const SANDBOX_PORT = process.env.SANDBOX_PORT || '3001';
const PUBLIC_URL = `http://localhost:${PORT}`;
const SANDBOX_URL = `http://localhost:${SANDBOX_PORT}`;
// The BFF's embedded store lives here (its DATA_DIR); the sandbox keeps its installations and tokens beside
// it, so a restarted demo still finds the app installed.
const DATA_DIR = resolve(root, process.env.DATA_DIR || '.data');
// The Marketplace app's credentials, shared by the BFF and the sandbox that plays Zoom. Development
// values, public on purpose: production takes real ones from its environment.
const ZOOM_APP = {
  ZOOM_CLIENT_ID: 'c360-sandbox-client',
  ZOOM_CLIENT_SECRET: 'c360-sandbox-client-secret-development-only',
  ZOOM_WEBHOOK_SECRET_TOKEN: 'c360-sandbox-webhook-secret-development-only',
};

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
  Promise.all(children.map((child) => new Promise((done) => (child.exitCode !== null ? done() : child.on('exit', done))))).then(() => process.exit(code));
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
run('The BFF', 'apps/bff/src/server.ts', {
  ...ZOOM_APP,
  PORT: BFF_PORT,
  PUBLIC_URL,
  ZOOM_HOST: SANDBOX_URL,
  ZOOM_API_HOST: SANDBOX_URL,
  // The sandbox's RTMS server: the only non-Zoom host the BFF may stream a meeting from.
  ZOOM_RTMS_HOSTS: `localhost:${SANDBOX_PORT}`,
});
run('The Zoom sandbox', 'apps/zoom-sandbox/src/server.ts', {
  ...ZOOM_APP,
  SANDBOX_PORT,
  PUBLIC_URL,
  BFF_URL: `http://localhost:${BFF_PORT}`,
  SANDBOX_STATE_FILE: join(DATA_DIR, 'zoom-sandbox-state.json'),
});
// Through the embedded browser, so the whole path a user's request takes is up.
await Promise.all([waitUntilHealthy(PUBLIC_URL), waitUntilHealthy(SANDBOX_URL)]);
console.log(`\n  Customer 360 for Zoom is running.\n\n  Open ${SANDBOX_URL}\n  (install it from the Marketplace, then open it in the meeting)\n`);
