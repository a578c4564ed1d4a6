// `pnpm bench:import [--rows=N] [--api-seconds=S]`: how fast a team's own data goes in (issue 17), on the bench store
// (`pnpm bench` seeds it). Three figures, one run:
//   import      — a people CSV of N rows (100 000 by default) to 1 000 companies named by ExternalId: the dry run
//                 through the BFF (POST /api/admin/imports?dryRun=true), then the import itself (POST, 202, then
//                 GET /api/admin/imports/:id until DONE), timed from the POST to DONE;
//   again       — the same file imported a second time (every row unchanged);
//   domain API  — POST /api/v1/people, batches of 50 new people, one request in flight, for S seconds: records/s.
import pg from 'pg';
import { startBenchServer } from './bench-server.ts';
import { benchDatabaseExists, benchDatabaseUrl, benchUuid } from './seed-large.ts';
import { log } from './timing.ts';

const argv = process.argv.slice(2);
const arg = (name: string, fallback: number) => Number(argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const ROWS = arg('rows', 100_000);
const API_SECONDS = arg('api-seconds', 20);
const COMPANIES = 1_000;
/** Each run its own people, so a run on a reused store creates rather than finds them. */
const RUN = Date.now().toString(36);

function peopleCsv(rows: number): string {
  const lines = ['ExternalId,FirstName,LastName,Email,CompanyExternalId,Title'];
  for (let i = 0; i < rows; i++) lines.push(`imp-${RUN}-${i},Aki${i},Sato${i},aki${i}.${RUN}@import.example,bench-co-${i % COMPANIES},Buyer`);
  return lines.join('\r\n') + '\r\n';
}

async function main() {
  const databaseUrl = benchDatabaseUrl();
  if (!(await benchDatabaseExists(databaseUrl))) throw new Error('No seeded bench store: run `pnpm bench` once first.');
  const domainId = benchUuid('domain-a');
  const raw = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const { server, bffBase, bffHeaders } = await startBenchServer(databaseUrl, domainId, raw);
  // (After the BFF's start, which brings the store's schema up to date.) The first companies get an ExternalId, as a CRM's would (idempotent on a reused store).
  await raw.query(
    `UPDATE "Company" SET "externalId" = 'bench-co-' || n FROM generate_series(0, ${COMPANIES - 1}) n WHERE id = bench_uuid('company-' || (n + 1)) AND "externalId" IS NULL`,
  );
  const csv = peopleCsv(ROWS);
  const post = (query: string, body: string) =>
    fetch(`${bffBase}/api/admin/imports${query}`, { method: 'POST', headers: { ...bffHeaders, 'content-type': 'text/csv' }, body });
  try {
    log(`dry run of ${ROWS} rows (${(csv.length / 1e6).toFixed(1)} MB)…`);
    let started = performance.now();
    const report = (await (await post('?object=people&dryRun=true', csv)).json()) as { validRows: number; errorCount: number };
    const dryRunS = (performance.now() - started) / 1000;
    const importOnce = async () => {
      const begun = performance.now();
      const { id } = (await (await post('?object=people', csv)).json()) as { id: string };
      for (;;) {
        const job = (await (await fetch(`${bffBase}/api/admin/imports/${id}`, { headers: bffHeaders })).json()) as Record<string, unknown>;
        if (job.state !== 'QUEUED' && job.state !== 'RUNNING') return { seconds: (performance.now() - begun) / 1000, job };
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    };
    log('import…');
    const first = await importOnce();
    log('the same file again…');
    const again = await importOnce();
    log(`domain API, ${API_SECONDS} s…`);
    const key = (
      (await (
        await fetch(`${bffBase}/api/admin/api-keys`, {
          method: 'POST',
          headers: { ...bffHeaders, 'content-type': 'application/json' },
          body: JSON.stringify({ name: `bench ${RUN}` }),
        })
      ).json()) as { key: string }
    ).key;
    let records = 0;
    let batch = 0;
    started = performance.now();
    // Under the key's rate limit (120 requests a minute): at most 100 requests.
    while (performance.now() - started < API_SECONDS * 1000 && batch < 100) {
      const body = {
        records: Array.from({ length: 50 }, (_, i) => ({
          ExternalId: `api-${RUN}-${batch}-${i}`,
          FirstName: 'Api',
          LastName: `Person ${i}`,
          Email: `api${batch}.${i}.${RUN}@import.example`,
          CompanyExternalId: `bench-co-${i}`,
        })),
      };
      const res = await fetch(`${bffBase}/api/v1/people`, {
        method: 'POST',
        headers: { accesskey: key, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (res.status !== 200) throw new Error(`POST /api/v1/people answered ${res.status}: ${await res.text()}`);
      records += 50;
      batch += 1;
    }
    const apiS = (performance.now() - started) / 1000;
    const rate = (n: number, s: number) => `${Math.round(n / s).toLocaleString('en')} rows/s`;
    console.log(`\n| step | rows | seconds | rate | result |\n|---|---:|---:|---:|---|`);
    console.log(
      `| dry run (POST …?dryRun=true) | ${ROWS} | ${dryRunS.toFixed(1)} | ${rate(ROWS, dryRunS)} | ${report.validRows} valid, ${report.errorCount} errors |`,
    );
    console.log(
      `| import (POST → DONE) | ${ROWS} | ${first.seconds.toFixed(1)} | ${rate(ROWS, first.seconds)} | ${first.job.created} created, ${first.job.errorCount} errors |`,
    );
    console.log(`| the same file again | ${ROWS} | ${again.seconds.toFixed(1)} | ${rate(ROWS, again.seconds)} | ${again.job.unchanged} unchanged |`);
    console.log(
      `| domain API: POST /api/v1/people, 50 a request | ${records} | ${apiS.toFixed(1)} | ${rate(records, apiS)} | ${batch} requests, ${((apiS * 1000) / batch).toFixed(0)} ms each |`,
    );
  } finally {
    await server.close();
    await raw.end();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
