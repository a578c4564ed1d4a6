import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { lockDataDir, type DataDirLock } from './data-dir-lock.ts';
import { applyMigrations, type Migration } from './migrations.ts';
import { PrismaClient } from './prisma.ts';
import { pgClientDriver, pgliteDriver } from './sql-driver.ts';

export type StoreOptions = (
  | { kind: 'pglite'; dataDir: string }
  /** A throw-away embedded store, optionally started from a `dumpDataDir()` snapshot (tests). */
  | { kind: 'pglite-memory'; snapshot?: Blob }
  | { kind: 'postgres'; databaseUrl: string; timeouts?: Partial<StoreTimeouts> }
) & {
  /** Defaults to the files in prisma/migrations. */
  migrations?: Migration[];
};

export interface Store {
  readonly kind: StoreOptions['kind'];
  readonly prisma: PrismaClient;
  /** The migrations this open applied (empty when the store was already up to date). */
  readonly appliedMigrations: readonly string[];
  /** Applies the migrations not yet applied; returns their names. */
  migrate(migrations?: Migration[]): Promise<string[]>;
  /** Resolves when the store answers a query. */
  ping(): Promise<void>;
  /** The embedded database itself (tests snapshot it); undefined on a server. */
  readonly pglite?: PGlite;
  close(): Promise<void>;
}

/** The store could not be opened; the message is one line and safe to print (no credentials). */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
}

/** How long the app waits on a PostgreSQL server before giving up (the request then answers 503). */
export interface StoreTimeouts {
  /** Opening a connection, or waiting for one of the pool's when all are busy. */
  connectMs: number;
  /** One statement; the server cancels it (57014), and the client gives up a second later if it never answers. */
  statementMs: number;
}

export const DEFAULT_STORE_TIMEOUTS: StoreTimeouts = { connectMs: 3_000, statementMs: 4_000 };

// pg_trgm must be passed on every open of an embedded store, not only the first.
const PGLITE_EXTENSIONS = { pg_trgm };

/**
 * The app's pool: every wait is bounded, so a server that is down or a network that swallows packets
 * costs a request seconds, not forever. A client that fails or times out is discarded by the pool; one
 * left idle inside a transaction (its app went silent) is ended by the server, so it cannot hold row or
 * advisory locks that retries would wait on.
 */
function appPool(databaseUrl: string, { connectMs, statementMs }: StoreTimeouts): pg.Pool {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    connectionTimeoutMillis: connectMs,
    statement_timeout: statementMs,
    query_timeout: statementMs + 1_000,
    idle_in_transaction_session_timeout: 2 * (statementMs + 1_000),
    keepAlive: true,
  });
  pool.on('connect', closeOnQueryTimeout);
  return pool;
}

/**
 * A query the server never answered leaves its connection in an unknown state (a stalled network may
 * deliver the rest later, or never). Ending it at once makes the pool discard it when it is released, and
 * a transaction's ROLLBACK on it fails at once instead of waiting out a second timeout.
 */
function closeOnQueryTimeout(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  client.query = ((...args: unknown[]) => {
    const result = query(...args);
    if (result instanceof Promise) {
      result.catch((error: unknown) => {
        if (error instanceof Error && error.message === 'Query read timeout') client.end().catch(() => {});
      });
    }
    return result;
  }) as typeof client.query;
}

export function describeDatabaseUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    return `${url.hostname}:${url.port || '5432'}${url.pathname}`;
  } catch {
    return 'an unparseable DATABASE_URL';
  }
}

async function openPglite(options: Extract<StoreOptions, { kind: 'pglite' | 'pglite-memory' }>) {
  let lock: DataDirLock | undefined;
  let db: PGlite;
  if (options.kind === 'pglite') {
    mkdirSync(options.dataDir, { recursive: true });
    lock = lockDataDir(options.dataDir);
    try {
      db = await PGlite.create({ dataDir: join(options.dataDir, 'pglite'), extensions: PGLITE_EXTENSIONS });
    } catch (error) {
      lock.release();
      throw error;
    }
  } else {
    db = await PGlite.create({ extensions: PGLITE_EXTENSIONS, loadDataDir: options.snapshot });
  }
  const migrate = (migrations = options.migrations) => applyMigrations(pgliteDriver(db), migrations);
  let appliedMigrations: string[];
  try {
    appliedMigrations = await migrate();
  } catch (error) {
    await db.close();
    lock?.release();
    throw error;
  }
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(db) });
  return {
    prisma,
    pglite: db,
    migrate,
    appliedMigrations,
    async close() {
      await prisma.$disconnect();
      await db.close();
      lock?.release();
    },
  };
}

async function openPostgres(options: Extract<StoreOptions, { kind: 'postgres' }>) {
  const timeouts = { ...DEFAULT_STORE_TIMEOUTS, ...options.timeouts };
  // Migrations run on a dedicated connection: the advisory lock and each transaction must stay on it.
  // Only connecting is bounded there: a migration's statements may rightly take long.
  const migrate = async (migrations = options.migrations) => {
    const client = new pg.Client({ connectionString: options.databaseUrl, connectionTimeoutMillis: timeouts.connectMs });
    try {
      await client.connect();
    } catch (error) {
      throw new StoreUnavailableError(
        `Cannot reach the PostgreSQL server at ${describeDatabaseUrl(options.databaseUrl)} (DATABASE_URL): ${(error as Error).message}`,
      );
    }
    try {
      return await applyMigrations(pgClientDriver(client), migrations);
    } finally {
      await client.end();
    }
  };
  const appliedMigrations = await migrate();
  const prisma = new PrismaClient({
    adapter: new PrismaPg(appPool(options.databaseUrl, timeouts), { disposeExternalPool: true }),
    // Starting a transaction waits for a pooled connection no longer than a query would.
    transactionOptions: { maxWait: timeouts.connectMs },
  });
  return { prisma, pglite: undefined, migrate, appliedMigrations, close: () => prisma.$disconnect() };
}

/** Opens the store and brings its schema up to date. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const opened = options.kind === 'postgres' ? await openPostgres(options) : await openPglite(options);
  return {
    kind: options.kind,
    ...opened,
    async ping() {
      await opened.prisma.$queryRaw`SELECT 1`;
    },
  };
}
