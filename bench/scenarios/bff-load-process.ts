// The concurrency scenario's load generator, in a process of its own: autocannon's parsing and bookkeeping
// would otherwise run on the BFF's event loop and be counted against the BFF. Started by `loadBffInChild`;
// as a child it reads its job from argv, runs it, and sends back the stats.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { activityInputOf } from './activity-create.ts';

/** One path's run: what it completed in the time it had, and its latencies. */
export interface LoadStats {
  requests: number;
  /** Completed requests per second over the run. */
  throughput: number;
  p50: number;
  p99: number;
  /** Answers that were not 2xx (BFF) or queries that threw (raw). */
  errors: number;
}

export interface BffLoadJob {
  url: string;
  headers: Record<string, string>;
  connections: number;
  seconds: number;
  /** GET this path, or POST a new activity (the i-th of `activityInputOf`, from `createFrom` on) to /api/activities. */
  request: { kind: 'get'; path: string } | { kind: 'create'; createFrom: number };
}

async function run(job: BffLoadJob): Promise<LoadStats> {
  const inputOf = activityInputOf();
  let sent = job.request.kind === 'create' ? job.request.createFrom : 0;
  const request: autocannon.Request =
    job.request.kind === 'get'
      ? { method: 'GET', path: job.request.path }
      : {
          method: 'POST',
          path: '/api/activities',
          headers: { ...job.headers, 'content-type': 'application/json' },
          setupRequest: (req) => ({ ...req, body: JSON.stringify(inputOf(sent++)) }),
        };
  const result = await autocannon({ url: job.url, connections: job.connections, duration: job.seconds, headers: job.headers, requests: [request] });
  const errors = result.non2xx + result.errors + result.timeouts;
  return { requests: result.requests.total, throughput: result.requests.total / job.seconds, p50: result.latency.p50, p99: result.latency.p99, errors };
}

/** Runs `job` in a child process and resolves with its stats. */
export function loadBffInChild(job: BffLoadJob): Promise<LoadStats> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), [JSON.stringify(job)], { execArgv: ['--import', 'tsx'] });
    child.once('message', (stats) => resolve(stats as LoadStats));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the load process exited (${code}) without its stats`)));
  });
}

if (process.send && process.argv[2]) {
  const send = process.send.bind(process);
  run(JSON.parse(process.argv[2]) as BffLoadJob).then(
    (stats) => send(stats, () => process.exit(0)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
