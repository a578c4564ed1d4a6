// `pnpm loadtest [--short] [--postgres] [--connections N] [--duration S]`: starts the BFF (what `pnpm start:bff`
// runs, as a child process) on the embedded PGlite store in a new temporary directory, on DATABASE_URL, or with
// --postgres on a new database of TEST_DATABASE_URL's server (dropped afterwards), with REDIS_URL if set and the
// demo data; signs N clients in; creates activities with Idempotency-Keys and deliberate re-sends for a fixed
// time (autocannon); stops the BFF, then counts the rows: every acknowledged key must have its one row.
// Exits 1 on any lost or duplicated activity, or any 500.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { describeDatabaseUrl } from '../../packages/c360/src/store/index.ts';
import { runActivityLoad } from './activity-load.ts';
import { createScratchDatabase, type ScratchDatabase } from './scratch-database.ts';
import { startBff } from './bff-process.ts';
import { loadStoreOptions, LOAD_USERNAMES, prepareLoadStore, readStoredKeys } from './load-store.ts';
import { signInClients } from './sign-in-clients.ts';
import { tally } from './tally.ts';

const { values: args } = parseArgs({
  options: {
    short: { type: 'boolean', default: false },
    postgres: { type: 'boolean', default: false },
    connections: { type: 'string' },
    duration: { type: 'string' },
  },
});
// --short is CI's: about 10 s of load after the start-up.
const connections = Number(args.connections ?? (args.short ? 16 : 50));
const durationSeconds = Number(args.duration ?? (args.short ? 10 : 60));

const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;

async function main(): Promise<number> {
  const scratch: ScratchDatabase | undefined = args.postgres ? await createScratchDatabase() : undefined;
  const databaseUrl = scratch?.url ?? (process.env.DATABASE_URL || undefined);
  const dataDir = databaseUrl ? '' : await mkdtemp(path.join(os.tmpdir(), 'c360-loadtest-'));
  const storeOptions = loadStoreOptions(databaseUrl, dataDir);
  const storeName = databaseUrl ? `PostgreSQL (${describeDatabaseUrl(databaseUrl)})` : 'PGlite (embedded, new store)';
  const keyPrefix = `loadtest-${Date.now().toString(36)}-`;
  try {
    console.log(`load test: ${storeName}${process.env.REDIS_URL ? ', Redis' : ''}; ${connections} connections for ${durationSeconds} s`);
    const fixture = await prepareLoadStore(storeOptions);
    const bff = await startBff({
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATA_DIR: dataDir }),
      ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
    });
    let load;
    try {
      const clients = await signInClients(bff.origin, fixture.domainId, connections);
      console.log(`signed in ${clients.length} clients (${LOAD_USERNAMES.length} users, a session and an address each)`);
      load = await runActivityLoad({ origin: bff.origin, clients, companyIds: fixture.companyIds, keyPrefix, connections, durationSeconds });
    } finally {
      await bff.stop();
    }
    const counted = tally(load, await readStoredKeys(storeOptions, keyPrefix));
    const { result } = load;
    const statuses = [...load.statuses]
      .sort(([a], [b]) => a - b)
      .map(([status, count]) => `${status}: ${count}`)
      .join(', ');
    const errors = result.errors + result.timeouts > 0 ? `; connection errors ${result.errors} (timeouts ${result.timeouts})` : '';
    const load1 = os.loadavg()[0]!.toFixed(1);
    console.log(
      `date ${new Date().toISOString()}; ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? '?'}), load average ${load1}, Node ${process.version}`,
    );
    console.log(`requests ${result.requests.total} answered in ${result.duration.toFixed(1)} s (${statuses})${errors}`);
    console.log(
      `throughput ${result.requests.average.toFixed(1)} req/s; latency p50 ${ms(result.latency.p50)}, p99 ${ms(result.latency.p99)}, max ${ms(result.latency.max)}`,
    );
    console.log(
      `keys ${counted.keys}, acknowledged ${counted.acknowledged}, re-sends ${counted.resends}, rows ${counted.rows}` +
        ` (stored but unanswered at the end: ${counted.storedUnanswered})`,
    );
    console.log(`lost ${counted.lost.length}, duplicated ${counted.duplicated.length}`);
    const failures = [
      ...(counted.lost.length > 0 ? [`lost: ${counted.lost.slice(0, 5).join(', ')}`] : []),
      ...(counted.duplicated.length > 0 ? [`duplicated: ${counted.duplicated.slice(0, 5).join(', ')}`] : []),
      ...((load.statuses.get(500) ?? 0) > 0 ? [`${load.statuses.get(500)} answers were 500`] : []),
      ...(counted.acknowledged === 0 ? ['no activity was acknowledged'] : []),
    ];
    for (const failure of failures) console.error(`FAILED: ${failure}`);
    return failures.length > 0 ? 1 : 0;
  } finally {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    await scratch?.drop();
  }
}

process.exit(await main());
