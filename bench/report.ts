// The report `pnpm bench` prints: the machine, the store's size, and one table row per scenario and path.
import os from 'node:os';
import pg from 'pg';
import type { LoadStats } from './scenarios/bff-load-process.ts';
import type { ConcurrencyResult } from './scenarios/concurrency.ts';
import type { ScenarioResult } from './scenarios/scenario.ts';
import type { Stats } from './timing.ts';

interface StoreCounts {
  companies: string;
  persons: string;
  activities: string;
  /** Activities of the large company. */
  large: string;
}

/** The seeded store's size, read once the scenarios are done (activity create added to it). */
export async function readStoreCounts(databaseUrl: string, bigCompanyId: string): Promise<StoreCounts> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<StoreCounts>(
      `SELECT
      (SELECT count(*) FROM "Company") AS companies, (SELECT count(*) FROM "Person") AS persons,
      (SELECT count(*) FROM "Activity") AS activities, (SELECT count(*) FROM "Activity" WHERE "companyId" = $1::uuid) AS large`,
      [bigCompanyId],
    );
    return rows[0]!;
  } finally {
    await client.end();
  }
}

const fmt = (x: number) => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));

/** The report as Markdown: a header, then a table with each path's latency and its ratio to raw SQL. */
export function formatReport(options: {
  started: Date;
  seedSummary: string;
  counts: StoreCounts;
  results: ScenarioResult[];
  underLoad: ConcurrencyResult[];
}): string {
  const { started, seedSummary, counts, results, underLoad } = options;
  const lines: string[] = [];
  lines.push(
    `C360 benchmark — ${started.toISOString().slice(0, 10)}, ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ` +
      `${Math.round(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.version}, PostgreSQL on 127.0.0.1; ${seedSummary}.`,
  );
  lines.push(`Store: ${counts.companies} companies, ${counts.persons} persons, ${counts.activities} activities (large company: ${counts.large}).`);
  lines.push(
    `One request in flight at a time; ops/s = 1000 / mean latency. BFF = HTTP through the in-process BFF (session cookie, ` +
      `CSRF origin check, JSON); domain = the domain function on Prisma; raw = equivalent SQL on \`pg\`.`,
  );
  lines.push('');
  lines.push('| scenario | path | n | p50 ms | p95 ms | p99 ms | ops/s | p50 ÷ raw p50 |');
  lines.push('|---|---|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    const rows: Array<[string, Stats | undefined]> = [
      ['BFF (HTTP)', r.bff],
      ['domain fn', r.domain],
      ['raw pg', r.raw],
    ];
    for (const [path, s] of rows) {
      if (!s) continue;
      const ratio = path === 'raw pg' ? '1.00' : (s.p50 / r.raw.p50).toFixed(2);
      lines.push(
        `| ${path === 'BFF (HTTP)' || (path === 'domain fn' && !r.bff) ? r.scenario : ''} | ${path} | ${s.n} | ${fmt(s.p50)} | ${fmt(s.p95)} | ${fmt(s.p99)} | ${fmt(s.opsPerSec)} | ${ratio} |`,
      );
    }
    if (r.note) lines.push(`| ↳ ${r.note} | | | | | | | |`);
  }
  if (underLoad.length > 0) {
    lines.push('');
    lines.push(
      `Under concurrency: each path keeps ${underLoad[0]!.connections} requests in flight for ${underLoad[0]!.seconds} s (BFF: autocannon in a process of its own, over ` +
        `keep-alive HTTP; raw: as many loops on \`pg\`, a pool of the BFF's size); req/s = completed requests ÷ seconds.`,
    );
    lines.push('');
    lines.push('| scenario | path | requests | errors | req/s | p50 ms | p99 ms | req/s ÷ raw req/s |');
    lines.push('|---|---|---:|---:|---:|---:|---:|---:|');
    for (const r of underLoad) {
      const rows: Array<[string, LoadStats]> = [
        ['BFF (HTTP)', r.bff],
        ['raw pg', r.raw],
      ];
      for (const [path, s] of rows) {
        const share = (s.throughput / r.raw.throughput).toFixed(2);
        lines.push(
          `| ${path === 'BFF (HTTP)' ? r.scenario : ''} | ${path} | ${s.requests} | ${s.errors} | ${fmt(s.throughput)} | ${fmt(s.p50)} | ${fmt(s.p99)} | ${share} |`,
        );
      }
    }
  }
  return lines.join('\n');
}
