import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD } from '@c360/c360/seed';
import type { Store } from '@c360/c360/store';
import { createTestStore } from '@c360/c360/testing';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startServer, type StartedServer } from '../../src/server.ts';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.ts';
import { companyIdOf, domainIdOf } from '../support/gainsight.ts';
import { sessionCookieOf } from '../support/session-cookie.ts';
import { PUBLIC_URL, testConfig } from '../support/test-app.ts';
import { dropKeys, TEST_REDIS_URL, testKeyPrefix } from '../support/test-redis.ts';

/*
 * Fault injection (issue 13): the BFF runs as a real server whose PostgreSQL and Redis connections go
 * through TCP proxies the test cuts (reset, refuse) and stalls (swallow every byte), while clients keep
 * creating activities with an Idempotency-Key, retrying a 503 or a network error with the same key, and a
 * reader walks the other route families (session, company, timeline, scorecard, attributes, insights,
 * search, reports).
 *
 * On the PostgreSQL server only (*.postgres.test.ts): PGlite runs inside the BFF's own process, so there
 * is no connection to cut.
 */

// Short bounds so the suite runs in seconds; production defaults are a few seconds (config.ts).
const TIMEOUTS_ENV = {
  DATABASE_CONNECT_TIMEOUT_MS: '1000',
  DATABASE_STATEMENT_TIMEOUT_MS: '1000',
  REDIS_CONNECT_TIMEOUT_MS: '1000',
  REDIS_COMMAND_TIMEOUT_MS: '1000',
};
/** The longest any answer may take with those timeouts: a stalled Redis command, a stalled query (statement + 1 s), and twice that for a loaded CI. */
const ANSWER_BOUND_MS = 6_000;
/** A request with no answer by then hung. */
const HANG_MS = 15_000;
const WRITERS = 6;
/** A stall outlasts the bound, so a request that waits for the store to come back fails the bound. */
const FAULT_MS: Record<Fault, number> = { cut: 3_000, stall: ANSWER_BOUND_MS + 1_000 };

type Fault = 'cut' | 'stall';
type Target = 'postgres' | 'redis';

interface Scenario {
  redis: boolean;
  fault: Fault;
  on: Target[];
}

const SCENARIOS: Array<[string, Scenario]> = [
  ['without Redis, PostgreSQL cut', { redis: false, fault: 'cut', on: ['postgres'] }],
  ['without Redis, PostgreSQL stalled', { redis: false, fault: 'stall', on: ['postgres'] }],
  ['with Redis, Redis cut', { redis: true, fault: 'cut', on: ['redis'] }],
  ['with Redis, Redis stalled', { redis: true, fault: 'stall', on: ['redis'] }],
  ['with Redis, PostgreSQL and Redis cut', { redis: true, fault: 'cut', on: ['postgres', 'redis'] }],
  ['with Redis, PostgreSQL and Redis stalled', { redis: true, fault: 'stall', on: ['postgres', 'redis'] }],
];

interface Tally {
  acknowledged: Map<string, string>;
  reads: number;
  readStatuses: Set<number>;
  unavailable: number;
  unavailableWithoutRetryAfter: number;
  serverErrors: number;
  otherStatuses: number[];
  networkErrors: number;
  hangs: number;
  slowest: number;
}

const newTally = (): Tally => ({
  acknowledged: new Map(),
  reads: 0,
  readStatuses: new Set(),
  unavailable: 0,
  unavailableWithoutRetryAfter: 0,
  serverErrors: 0,
  otherStatuses: [],
  networkErrors: 0,
  hangs: 0,
  slowest: 0,
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const originOf = (server: StartedServer) => new URL(server.url).origin;

describe('under store faults the BFF answers 503 within its bounds, recovers, and loses or doubles no write', () => {
  let store: Store;
  let postgresProxy: FaultProxy;
  let redisProxy: FaultProxy;
  const keyPrefix = testKeyPrefix();
  const servers = new Map<boolean, { server: StartedServer; cookie: string }>();
  const totals = newTally();
  let companyId: string;

  beforeAll(async () => {
    store = await createTestStore({ seeded: true });
    const [row] = await store.prisma.$queryRaw<Array<{ database: string }>>`SELECT current_database() AS database`;
    const adminUrl = new URL(inject('testStore').adminUrl!);
    postgresProxy = await startFaultProxy({ host: adminUrl.hostname, port: Number(adminUrl.port || 5432) });
    const redisUrl = new URL(TEST_REDIS_URL);
    redisProxy = await startFaultProxy({ host: redisUrl.hostname, port: Number(redisUrl.port || 6379) });
    companyId = await companyIdOf(store, 'acme.gainsightcloud.com');

    const proxiedDatabaseUrl = new URL(adminUrl);
    proxiedDatabaseUrl.hostname = '127.0.0.1';
    proxiedDatabaseUrl.port = String(postgresProxy.port);
    proxiedDatabaseUrl.pathname = `/${row!.database}`;
    const domainId = await domainIdOf(store, 'acme.gainsightcloud.com');
    for (const withRedis of [false, true]) {
      const config = testConfig({
        PORT: '0',
        DATABASE_URL: proxiedDatabaseUrl.href,
        ...(withRedis && { REDIS_URL: `redis://127.0.0.1:${redisProxy.port}`, REDIS_KEY_PREFIX: keyPrefix }),
        ...TIMEOUTS_ENV,
      });
      const server = await startServer(config, { logger: pino({ level: 'silent' }) });
      const signIn = await request(originOf(server))
        .post('/api/login')
        .set('Origin', PUBLIC_URL)
        .send({ username: 'alex@acme.example', password: DEMO_PASSWORD, domainId })
        .expect(200);
      servers.set(withRedis, { server, cookie: sessionCookieOf(signIn)! });
    }
  });

  afterAll(async () => {
    postgresProxy?.heal();
    redisProxy?.heal();
    await Promise.all([...servers.values()].map(({ server }) => server.close()));
    await Promise.all([postgresProxy?.close(), redisProxy?.close()]);
    await store?.close();
    await dropKeys(keyPrefix);
    // The figures issue 13 asks for, for the whole suite.
    console.info(
      `store faults: ${totals.acknowledged.size} writes acknowledged, ${totals.reads} reads, ${totals.unavailable} answered 503, ` +
        `${totals.serverErrors} answered 500, ${totals.hangs} hung, ${totals.networkErrors} network errors, slowest answer ${totals.slowest} ms`,
    );
  });

  it.each(SCENARIOS)(
    '%s',
    async (name, { redis, fault, on }) => {
      const { server, cookie } = servers.get(redis)!;
      const origin = originOf(server);
      const proxies = on.map((target) => (target === 'postgres' ? postgresProxy : redisProxy));
      const run = `faults-${randomUUID()}`;
      const tally = newTally();

      /** One create, retried with the same key until it is acknowledged. */
      const write = async (key: string) => {
        for (;;) {
          const started = performance.now();
          try {
            const res = await request(origin)
              .post('/api/activities')
              .set('Origin', PUBLIC_URL)
              .set('Cookie', cookie)
              .set('Idempotency-Key', key)
              .timeout(HANG_MS)
              .send({ type: 'MEETING', status: 'LOGGED', subject: `Fault ${key}`, activityDate: '2026-12-01T10:00:00Z', companyId });
            tally.slowest = Math.max(tally.slowest, Math.round(performance.now() - started));
            if (res.status === 201) {
              tally.acknowledged.set(key, (res.body as { id: string }).id);
              return;
            }
            if (res.status === 503) {
              tally.unavailable += 1;
              if (!res.headers['retry-after'] || res.type !== 'application/problem+json') tally.unavailableWithoutRetryAfter += 1;
            } else if (res.status >= 500) tally.serverErrors += 1;
            else tally.otherStatuses.push(res.status);
          } catch (error) {
            if ((error as { timeout?: number }).timeout !== undefined) tally.hangs += 1;
            else tally.networkErrors += 1;
          }
          // Sooner than Retry-After asks: the suite wants the server pressed while the fault lasts.
          await pause(100);
        }
      };

      /** One GET of another route family: any answer but a 5xx other than 503, within the bound. */
      const read = async (path: string) => {
        const started = performance.now();
        try {
          const res = await request(origin).get(path).set('Cookie', cookie).timeout(HANG_MS);
          tally.slowest = Math.max(tally.slowest, Math.round(performance.now() - started));
          tally.reads += 1;
          tally.readStatuses.add(res.status);
          if (res.status === 503) {
            tally.unavailable += 1;
            if (!res.headers['retry-after'] || res.type !== 'application/problem+json') tally.unavailableWithoutRetryAfter += 1;
          } else if (res.status >= 500) tally.serverErrors += 1;
        } catch (error) {
          if ((error as { timeout?: number }).timeout !== undefined) tally.hangs += 1;
          else tally.networkErrors += 1;
        }
      };
      const reads = [
        '/api/session',
        `/api/companies/${companyId}`,
        `/api/companies/${companyId}/timeline`,
        `/api/companies/${companyId}/scorecard`,
        `/api/companies/${companyId}/attributes`,
        `/api/companies/${companyId}/insights`,
        '/api/search?q=acme',
        '/api/reports/events',
      ];

      let writing = true;
      const writers = Array.from({ length: WRITERS }, async (_unused, writer) => {
        for (let n = 0; writing; n += 1) await write(`${run}-${writer}-${n}`);
      });
      const reader = (async () => {
        for (let n = 0; writing; n += 1) {
          await read(reads[n % reads.length]!);
          await pause(50);
        }
      })();
      const readyz = async () => {
        const started = performance.now();
        const res = await request(origin).get('/readyz').timeout(HANG_MS);
        return { status: res.status, ms: Math.round(performance.now() - started) };
      };

      await pause(1_000);
      const beforeFault = tally.acknowledged.size;
      for (const proxy of proxies) proxy[fault]();
      await pause(500);
      const duringFault = await readyz();
      await pause(Math.max(0, FAULT_MS[fault] - 500 - duringFault.ms));
      const acknowledgedDuringFault = tally.acknowledged.size;
      for (const proxy of proxies) proxy.heal();

      const healed = performance.now();
      let afterFault = await readyz();
      while (afterFault.status !== 200 && performance.now() - healed < 15_000) {
        await pause(200);
        afterFault = await readyz();
      }
      const recoveredMs = Math.round(performance.now() - healed);
      await pause(1_000);
      writing = false;
      await Promise.all([...writers, reader]);

      const rows = await store.prisma.activity.findMany({ where: { idempotencyKey: { startsWith: run } }, select: { id: true, idempotencyKey: true } });
      const stored = new Map(rows.map((row) => [row.idempotencyKey!, row.id]));
      console.info(
        `${name}: ${tally.acknowledged.size} acknowledged (${acknowledgedDuringFault - beforeFault} during the fault), ${rows.length} stored, ` +
          `${tally.reads} reads (${[...tally.readStatuses].sort().join('/')}), ${tally.unavailable} × 503, ${tally.serverErrors} × 500, ${tally.hangs} hung, slowest ${tally.slowest} ms, ` +
          `/readyz ${duringFault.status} during (${duringFault.ms} ms), 200 again ${recoveredMs} ms after the heal`,
      );
      for (const [key, id] of tally.acknowledged) totals.acknowledged.set(key, id);
      totals.reads += tally.reads;
      totals.unavailable += tally.unavailable;
      totals.serverErrors += tally.serverErrors;
      totals.hangs += tally.hangs;
      totals.networkErrors += tally.networkErrors;
      totals.slowest = Math.max(totals.slowest, tally.slowest);

      expect(tally.serverErrors, 'answers ≥ 500 other than 503').toBe(0);
      expect(tally.hangs, 'requests without an answer').toBe(0);
      expect(tally.otherStatuses).toEqual([]);
      expect(tally.unavailable, 'the fault was seen').toBeGreaterThan(0);
      expect(tally.unavailableWithoutRetryAfter, '503s without Retry-After or problem+json').toBe(0);
      expect(tally.slowest).toBeLessThan(ANSWER_BOUND_MS);
      expect(duringFault.status).toBe(503);
      expect(afterFault.status).toBe(200);
      // Every acknowledged write is stored, once, as the activity the client was given; nothing else is.
      expect(stored).toEqual(tally.acknowledged);
    },
    60_000,
  );
});
