// `pnpm bench [--reuse] [--quick] [--only=name,…]`: seeds the large store (bench/seed-large.ts) unless --reuse finds a complete one,
// then times each scenario (bench/scenarios/) three ways, in the same process and run:
//   BFF    — the real HTTP BFF (startServer, in-process, signed in through POST /api/login), over keep-alive HTTP;
//   domain — the domain function the route calls (searchSubjects, listTimeline, matchRoster, createActivity, listReportEvents, listCtas);
//   raw    — equivalent SQL sent straight to PostgreSQL with `pg` (no Prisma, no HTTP).
// Every request runs one at a time (one in flight): ops/s is 1000 / mean latency of that path. The concurrency
// scenario then keeps 64 requests in flight on the BFF (autocannon) and on raw `pg`, and reports throughput and p99.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startServer } from '../apps/bff/src/server.ts';
import { loadConfig } from '../apps/bff/src/config.ts';
import { openStore } from '../packages/c360/src/store/index.ts';
import { BENCH_ZOOM, benchBff } from './bench-bff.ts';
import { formatReport, readStoreCounts } from './report.ts';
import { activityCreate } from './scenarios/activity-create.ts';
import { concurrency, type ConcurrencyResult, type ConcurrencyScenario } from './scenarios/concurrency.ts';
import { ctaList } from './scenarios/cta-list.ts';
import { reportEvents } from './scenarios/report-events.ts';
import { rosterMatching } from './scenarios/roster-matching.ts';
import type { Scenario, ScenarioResult } from './scenarios/scenario.ts';
import { searchTypeAhead } from './scenarios/search-type-ahead.ts';
import { timelinePages } from './scenarios/timeline-pages.ts';
import { seedAfterCall } from './seed-after-call.ts';
import { benchDatabaseExists, benchDatabaseUrl, benchUuid, seedLarge } from './seed-large.ts';

/** In the order they run, which is the order of the report's rows. */
const SCENARIOS: Scenario[] = [searchTypeAhead, timelinePages, rosterMatching, activityCreate, reportEvents, ctaList];
/** Run after the one-at-a-time scenarios, with many requests in flight; reported in a table of their own. */
const CONCURRENCY_SCENARIOS: ConcurrencyScenario[] = [concurrency];

const argv = process.argv.slice(2);
const reuse = argv.includes('--reuse');
/** `--only=timelinePages,ctaList` runs just those scenarios (by their exported names). */
const only = argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
/** `--quick` divides iteration counts by 5 (a smoke run). */
const scale = argv.includes('--quick') ? 0.2 : 1;
const iters = (n: number) => Math.max(5, Math.round(n * scale));

async function main() {
  const databaseUrl = benchDatabaseUrl();
  const started = new Date();
  let seedSummary = 'reused an existing seed (--reuse)';
  if (reuse && (await benchDatabaseExists(databaseUrl))) {
    console.log(`Reusing ${new URL(databaseUrl).pathname.slice(1)} (--reuse).`);
  } else {
    const timings = await seedLarge(databaseUrl);
    seedSummary = `seeded in ${timings.totalSeconds.toFixed(1)} s`;
  }
  await seedAfterCall(databaseUrl);

  const domainId = benchUuid('domain-a');
  const viewerId = benchUuid('user-0');
  const bigCompanyId = benchUuid('company-0');

  // The three paths share the database but nothing else: the BFF opens its own store (its own pool).
  const store = await openStore({ kind: 'postgres', databaseUrl });
  const raw = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const config = loadConfig({
    NODE_ENV: 'development',
    PORT: '0',
    PUBLIC_URL: 'http://bench.localhost:3000',
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'silent',
    ZOOM_CLIENT_ID: BENCH_ZOOM.clientId,
    ZOOM_CLIENT_SECRET: BENCH_ZOOM.clientSecret,
    SIDEBAR_DIST: placeholderSidebar(),
  });
  // The bench signs in a few times per run; counters left by an earlier run (--reuse) would lock it out.
  await raw.query('DELETE FROM "RateLimitCounter"');
  const server = await startServer(config);

  const results: ScenarioResult[] = [];
  const underLoad: ConcurrencyResult[] = [];
  try {
    const bffBase = server.url.replace(/\/$/, '');
    const bff = benchBff(bffBase, config.PUBLIC_ORIGIN, domainId);
    const cookie = await bff.signIn();
    const bench = {
      bffBase,
      bffHeaders: { cookie, origin: config.PUBLIC_ORIGIN },
      domainId,
      viewerId,
      bigCompanyId,
      actor: { id: viewerId, domainId, licence: 'FULL' as const, isAdmin: true },
      bff,
      http: (method: string, path: string, body?: unknown) => bff.request(method, path, cookie, body),
      prisma: store.prisma,
      raw,
      iters,
    };
    for (const scenario of SCENARIOS) if (!only || only.includes(scenario.name)) results.push(...(await scenario(bench)));
    for (const scenario of CONCURRENCY_SCENARIOS) if (!only || only.includes(scenario.name)) underLoad.push(...(await scenario(bench)));
  } finally {
    await server.close();
    await store.close();
    await raw.end();
  }

  const counts = await readStoreCounts(databaseUrl, bigCompanyId);
  console.log('\n' + formatReport({ started, seedSummary, counts, results, underLoad }) + '\n');
}

/** The bench times the API, not the page: the Home URL answers with this index.html instead of needing a sidebar build. */
function placeholderSidebar(): string {
  const dist = mkdtempSync(join(tmpdir(), 'c360-bench-sidebar-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>bench</title>');
  return dist;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
