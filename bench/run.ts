// `pnpm bench [--reuse] [--quick] [--only=name,…]`: seeds the large store (bench/seed-large.ts) unless --reuse finds a complete one,
// then times each scenario (bench/scenarios/) three ways, in the same process and run:
//   BFF    — the real HTTP BFF (startServer, in-process, signed in through POST /api/login), over keep-alive HTTP;
//   domain — the domain function the route calls (searchSubjects, listTimeline, matchRoster, createActivity, listReportEvents, listCtas);
//   raw    — equivalent SQL sent straight to PostgreSQL with `pg` (no Prisma, no HTTP).
// Every request runs one at a time (one in flight): ops/s is 1000 / mean latency of that path. The concurrency
// scenario then keeps 64 requests in flight on the BFF (autocannon) and on raw `pg`, and reports throughput and p99.
import pg from 'pg';
import { openStore } from '../packages/c360/src/store/index.ts';
import { startBenchServer } from './bench-server.ts';
import { formatReport, readStoreCounts } from './report.ts';
import { activityCreate } from './scenarios/activity-create.ts';
import { concurrency, type ConcurrencyResult, type ConcurrencyScenario } from './scenarios/concurrency.ts';
import { ctaList } from './scenarios/cta-list.ts';
import { fixedCost } from './scenarios/fixed-cost.ts';
import { reportEvents } from './scenarios/report-events.ts';
import { rosterMatching } from './scenarios/roster-matching.ts';
import type { Scenario, ScenarioResult } from './scenarios/scenario.ts';
import { searchTypeAhead } from './scenarios/search-type-ahead.ts';
import { timelinePages } from './scenarios/timeline-pages.ts';
import { seedAfterCall } from './seed-after-call.ts';
import { benchDatabaseExists, benchDatabaseUrl, benchUuid, seedLarge } from './seed-large.ts';

/** In the order they run, which is the order of the report's rows. */
const SCENARIOS: Scenario[] = [searchTypeAhead, timelinePages, rosterMatching, activityCreate, reportEvents, ctaList, fixedCost];
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
  const { server, bff, bffBase, bffHeaders } = await startBenchServer(databaseUrl, domainId, raw);

  const results: ScenarioResult[] = [];
  const underLoad: ConcurrencyResult[] = [];
  try {
    const bench = {
      bffBase,
      bffHeaders,
      domainId,
      viewerId,
      bigCompanyId,
      actor: { id: viewerId, domainId, licence: 'FULL' as const, isAdmin: true },
      bff,
      http: (method: string, path: string, body?: unknown) => bff.request(method, path, bffHeaders.cookie, body),
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

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
