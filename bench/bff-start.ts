// `pnpm bench:start [--runs N]`: how fast the BFF process comes up and how much memory it holds idle, compiled
// (`pnpm start:bff`, what production runs) next to the tsx start (`pnpm start:bff:dev`, today's development path).
//
//   cold start  from spawning node to the first 200 from /readyz (polled every 10 ms)
//   idle RSS    the process's resident set 3 s after it became ready, with no request since
//
// The store: DATABASE_URL's PostgreSQL server if set (migrated beforehand), otherwise an embedded PGlite store in
// a temporary directory, seeded by a first start that is not counted — so every counted start opens a store that
// is already there, as a restarted server does. The two ways alternate, so a busy machine slows both alike.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildBff, freePort } from './loadtest/bff-process.ts';

const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
const IDLE_MS = 3_000;
const READY_TIMEOUT_MS = 120_000;

const WAYS = {
  compiled: ['--enable-source-maps', 'apps/bff/dist/server.js'],
  tsx: ['--import', 'tsx', 'apps/bff/src/server.ts'],
} as const;
type Way = keyof typeof WAYS;

interface Start {
  coldStartMs: number;
  idleRssMb: number;
}

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a positive whole number, not ${values.runs}`);

const databaseUrl = process.env.DATABASE_URL || undefined;
const dataDir = mkdtempSync(join(tmpdir(), 'c360-bff-start-'));

function residentMb(pid: number): number {
  const ps = spawnSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' });
  const kib = Number(ps.stdout.trim());
  if (ps.status !== 0 || !Number.isFinite(kib)) throw new Error(`ps could not read the BFF's RSS: ${ps.stderr}`);
  return kib / 1024;
}

async function startOnce(way: Way): Promise<Start> {
  const port = await freePort();
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', PORT: String(port), DATA_DIR: dataDir };
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, WAYS[way], {
    cwd: REPO_ROOT,
    env: databaseUrl ? { ...env, DATABASE_URL: databaseUrl } : env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + String(chunk)).slice(-4_000)));
  const exited = once(child, 'exit');
  try {
    let coldStartMs: number | undefined;
    while (coldStartMs === undefined) {
      if (child.exitCode !== null) throw new Error(`the ${way} BFF exited (${child.exitCode}): ${stderr}`);
      if (performance.now() - spawnedAt > READY_TIMEOUT_MS) throw new Error(`the ${way} BFF was not ready in time: ${stderr}`);
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
        (res) => res.ok,
        () => false,
      );
      if (ready) coldStartMs = performance.now() - spawnedAt;
      else await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
    return { coldStartMs, idleRssMb: residentMb(child.pid!) };
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

try {
  const builtAt = performance.now();
  buildBff();
  console.log(`pnpm build:bff: ${((performance.now() - builtAt) / 1000).toFixed(1)} s`);
  // The first start creates (and, embedded, seeds) the store: not a cold start of the process alone.
  await startOnce('compiled');
  const results: Record<Way, Start[]> = { compiled: [], tsx: [] };
  for (let run = 0; run < runs; run++) {
    for (const way of run % 2 ? (['tsx', 'compiled'] as const) : (['compiled', 'tsx'] as const)) {
      results[way].push(await startOnce(way));
    }
  }
  const store = databaseUrl ? 'PostgreSQL (DATABASE_URL)' : 'embedded PGlite';
  console.log(`\nBFF start, ${runs} runs each, ${store}, node ${process.version} (median, min–max)\n`);
  console.log('| start | cold start to /readyz | idle RSS |');
  console.log('|---|---:|---:|');
  for (const way of Object.keys(WAYS) as Way[]) {
    const cold = results[way].map((r) => r.coldStartMs);
    const rss = results[way].map((r) => r.idleRssMb);
    const range = (xs: number[], digits: number) => `${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}`;
    console.log(
      `| ${way === 'compiled' ? '`pnpm start:bff` (compiled)' : '`pnpm start:bff:dev` (tsx)'} | ${median(cold).toFixed(0)} ms (${range(cold, 0)}) | ${median(rss).toFixed(0)} MB (${range(rss, 0)}) |`,
    );
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
