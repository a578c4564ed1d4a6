import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { openStore, type Store } from '../../src/store/index.ts';
import { databaseUrl, quoteIdent, withAdmin } from './postgres-admin.ts';
import './provided.ts';

let copies = 0;

export interface TestStoreOptions {
  /** Start from the demo data (SPEC §6) instead of an empty store. */
  seeded?: boolean;
}

/**
 * An isolated, migrated store of the kind under test (the test project decides: PGlite or the
 * PostgreSQL server). Closing it discards it.
 */
export async function createTestStore({ seeded = false }: TestStoreOptions = {}): Promise<Store> {
  const context = inject('testStore');
  if (context.kind === 'pglite') {
    const file = seeded ? context.seededSnapshot! : context.emptySnapshot!;
    return openStore({ kind: 'pglite-memory', snapshot: new Blob([readFileSync(file)]) });
  }
  const adminUrl = context.adminUrl!;
  const template = seeded ? context.seededTemplate! : context.emptyTemplate!;
  const name = `c360_${context.runId}_${process.pid}_${(copies += 1)}`;
  await withAdmin(adminUrl, (admin) => admin.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`));
  const store = await openStore({ kind: 'postgres', databaseUrl: databaseUrl(adminUrl, name) });
  return {
    ...store,
    async close() {
      await store.close();
      await withAdmin(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
    },
  };
}

export const testStoreKind = () => inject('testStore').kind;
