// Under concurrency: 64 connections at once on a timeline page and on activity create, through the BFF
// (autocannon over keep-alive HTTP, in a process of its own) and on raw `pg` (64 loops sharing a pool as large as the BFF's).
import { log } from '../timing.ts';
import { activityInputOf, rawActivityCreate } from './activity-create.ts';
import { loadBffInChild, type BffLoadJob, type LoadStats } from './bff-load-process.ts';
import type { Bench } from './scenario.ts';
import { rawTimelinePage } from './timeline-pages.ts';

export const CONNECTIONS = 64;

export interface ConcurrencyResult {
  scenario: string;
  connections: number;
  seconds: number;
  bff: LoadStats;
  raw: LoadStats;
}

export type ConcurrencyScenario = (bench: Bench) => Promise<ConcurrencyResult[]>;

const throughBff = (bench: Bench, seconds: number, request: BffLoadJob['request']) =>
  loadBffInChild({ url: bench.bffBase, headers: bench.bffHeaders, connections: CONNECTIONS, seconds, request });

/** `CONNECTIONS` loops, each sending its next operation as soon as the last one answered, for `seconds`. */
async function onRawPg(seconds: number, op: (i: number) => Promise<unknown>): Promise<LoadStats> {
  const samples: number[] = [];
  let next = 0;
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  const loop = async () => {
    while (performance.now() < until) {
      const start = performance.now();
      try {
        await op(next++);
        samples.push(performance.now() - start);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, loop));
  samples.sort((x, y) => x - y);
  const pick = (p: number) => samples[Math.min(samples.length - 1, Math.ceil((p / 100) * samples.length) - 1)] ?? 0;
  return { requests: samples.length, throughput: samples.length / seconds, p50: pick(50), p99: pick(99), errors };
}

export const concurrency: ConcurrencyScenario = async (bench) => {
  const { bigCompanyId, iters } = bench;
  // --quick: 5 s a path; a full run 25 s.
  const seconds = iters(25);
  log(`timeline page, ${CONNECTIONS} connections…`);
  const rawPage = rawTimelinePage(bench);
  const timeline: ConcurrencyResult = {
    scenario: 'timeline: first page (20) of the large company',
    connections: CONNECTIONS,
    seconds,
    bff: await throughBff(bench, seconds, { kind: 'get', path: `/api/companies/${bigCompanyId}/timeline?limit=20` }),
    raw: await onRawPg(seconds, () => rawPage(bigCompanyId)),
  };

  log(`activity create, ${CONNECTIONS} connections…`);
  const rawCreate = rawActivityCreate(bench, activityInputOf());
  const create: ConcurrencyResult = {
    scenario: 'activity create (3 internal + 3 external attendees)',
    connections: CONNECTIONS,
    seconds,
    bff: await throughBff(bench, seconds, { kind: 'create', createFrom: 400_000 }),
    raw: await onRawPg(seconds, (i) => rawCreate(500_000 + i)),
  };
  return [timeline, create];
};
