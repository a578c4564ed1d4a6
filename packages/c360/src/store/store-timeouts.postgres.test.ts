import { once } from 'node:events';
import { createServer, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestStore } from '../../test/support/index.ts';
import { databaseUrl } from '../../test/support/postgres-admin.ts';
import { isUnavailableError } from '../errors/unavailable.ts';
import { openStore, StoreUnavailableError, type Store } from './open-store.ts';

// Timeouts bound waits on a PostgreSQL server; PGlite runs in this process, with no connection to wait on,
// hence *.postgres.test.ts (store:postgres only).

/** A server that accepts connections and never answers: what a partitioned network looks like. */
async function silentServer() {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => sockets.add(socket.on('error', () => {})));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `postgresql://postgres@127.0.0.1:${(server.address() as { port: number }).port}/postgres`,
    close: () => {
      for (const socket of sockets) socket.destroy();
      server.close();
    },
  };
}

describe('waits on the PostgreSQL server are bounded', () => {
  // A migrated database of this test's own, opened again below with tiny timeouts.
  let testStore: Store;
  let url: string;
  beforeAll(async () => {
    testStore = await createTestStore();
    const [row] = await testStore.prisma.$queryRaw<Array<{ database: string }>>`SELECT current_database() AS database`;
    url = databaseUrl(inject('testStore').adminUrl!, row!.database);
  });
  afterAll(() => testStore?.close());

  it('opening a store whose server never answers gives up after the connect timeout', async () => {
    const silent = await silentServer();
    const started = performance.now();
    try {
      await expect(openStore({ kind: 'postgres', databaseUrl: silent.url, timeouts: { connectMs: 300 } })).rejects.toThrow(StoreUnavailableError);
      expect(performance.now() - started).toBeLessThan(2_000);
    } finally {
      silent.close();
    }
  });

  it('a statement that outlasts the statement timeout is cancelled, as an error meaning "unavailable, retry"', async () => {
    const store = await openStore({ kind: 'postgres', databaseUrl: url, timeouts: { statementMs: 300 } });
    try {
      const started = performance.now();
      const error: unknown = await store.prisma.$queryRaw`SELECT pg_sleep(5)::text`.then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(isUnavailableError(error)).toBe(true);
      // The pool stays usable afterwards.
      await store.ping();
    } finally {
      await store.close();
    }
  });

  it('waiting for a pooled connection while all are busy is bounded by the connect timeout', async () => {
    const store = await openStore({ kind: 'postgres', databaseUrl: url, timeouts: { connectMs: 300, statementMs: 3_000 } });
    try {
      // Ten (the pool's size) long statements hold every connection.
      const busy = Array.from({ length: 10 }, () => store.prisma.$queryRaw`SELECT pg_sleep(1.5)::text`.catch(() => undefined));
      await new Promise((resolve) => setTimeout(resolve, 200));
      const started = performance.now();
      const error: unknown = await store.prisma.$queryRaw`SELECT 1`.then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(performance.now() - started).toBeLessThan(1_200);
      expect(isUnavailableError(error)).toBe(true);
      await Promise.all(busy);
    } finally {
      await store.close();
    }
  });
});
