import type { PGlite, Transaction } from '@electric-sql/pglite';
import type pg from 'pg';

/** The few raw-SQL operations the migration runner needs, on either store. */
export interface SqlSession {
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of several statements (no parameters). */
  exec(sql: string): Promise<void>;
}

export interface SqlDriver extends SqlSession {
  transaction<T>(fn: (tx: SqlSession) => Promise<T>): Promise<T>;
}

function pgliteSession(db: PGlite | Transaction): SqlSession {
  return {
    async query<T>(sql: string, params?: unknown[]) {
      return (await db.query<T>(sql, params)).rows;
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
  };
}

export function pgliteDriver(db: PGlite): SqlDriver {
  return {
    ...pgliteSession(db),
    transaction: (fn) => db.transaction((tx) => fn(pgliteSession(tx))),
  };
}

/** A driver over one dedicated connection, so a transaction and an advisory lock stay on it. */
export function pgClientDriver(client: pg.Client): SqlDriver {
  const session: SqlSession = {
    async query<T>(sql: string, params?: unknown[]) {
      return (await client.query(sql, params)).rows as T[];
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  };
  return {
    ...session,
    async transaction(fn) {
      await client.query('BEGIN');
      try {
        const result = await fn(session);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    },
  };
}
