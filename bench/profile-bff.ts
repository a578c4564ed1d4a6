// `pnpm bench:profile [--path=ctas|timeline|create] [--requests=N]`: where the BFF's time goes on one hot path.
// Starts the BFF as `pnpm bench` does (in this process, on the seeded bench store: run `pnpm bench` once first),
// sends N requests one at a time under V8's CPU profiler, and prints the self time by where the code comes from
// (Express, logging, Prisma, the pg driver, zod, the BFF's and the domain's own code, Node's HTTP, the bench's own
// client). The profile itself is written to a .cpuprofile file (open it in Chrome DevTools) for the detail.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { selfTimeByOrigin } from './profile-origins.ts';
import { activityInputOf } from './scenarios/activity-create.ts';
import { startBenchServer } from './bench-server.ts';
import { benchDatabaseExists, benchDatabaseUrl, benchUuid } from './seed-large.ts';

const argv = process.argv.slice(2);
const arg = (name: string, fallback: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;

async function main() {
  const databaseUrl = benchDatabaseUrl();
  if (!(await benchDatabaseExists(databaseUrl))) throw new Error('No seeded bench store: run `pnpm bench` once first.');
  const path = arg('path', 'ctas');
  const requests = Number(arg('requests', '2000'));
  const domainId = benchUuid('domain-a');
  const company = benchUuid('company-0');
  const raw = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const { server, bff, bffHeaders } = await startBenchServer(databaseUrl, domainId, raw);
  const inputOf = activityInputOf();
  const send: Record<string, (i: number) => Promise<unknown>> = {
    ctas: () => bff.request('GET', `/api/companies/${company}/ctas?status=ALL`, bffHeaders.cookie),
    timeline: () => bff.request('GET', `/api/companies/${company}/timeline?limit=20`, bffHeaders.cookie),
    create: (i) => bff.request('POST', '/api/activities', bffHeaders.cookie, inputOf(900_000 + i)),
  };
  const op = send[path];
  if (!op) throw new Error(`--path=${path}: one of ${Object.keys(send).join(', ')}`);
  const session = new Session();
  session.connect();
  try {
    for (let i = 0; i < 200; i++) await op(i); // warm up: JIT, pools, caches
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 1000 });
    await session.post('Profiler.start');
    const started = performance.now();
    for (let i = 0; i < requests; i++) await op(200 + i);
    const wallMs = performance.now() - started;
    const { profile } = await session.post('Profiler.stop');
    const file = join(tmpdir(), `c360-bff-${path}-${Date.now()}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    report(path, requests, wallMs, selfTimeByOrigin(profile), file);
  } finally {
    session.disconnect();
    await server.close();
    await raw.end();
  }
}

function report(path: string, requests: number, wallMs: number, totals: Map<string, number>, file: string) {
  const rows = [...totals].sort(([, a], [, b]) => b - a);
  console.log(`${requests} requests (${path}), one at a time: ${(wallMs / requests).toFixed(3)} ms each on average.\n`);
  console.log('| where the time goes (self time) | ms per request | share |\n|---|---:|---:|');
  for (const [origin, ms] of rows) console.log(`| ${origin} | ${(ms / requests).toFixed(3)} | ${((100 * ms) / wallMs).toFixed(1)} % |`);
  console.log(`\nThe whole profile: ${file}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
