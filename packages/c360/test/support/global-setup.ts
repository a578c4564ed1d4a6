import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { openStore, type Store } from '../../src/store/index.ts';
import type { TestStoreContext, TestStoreKind } from './provided.ts';
import { DEFAULT_TEST_DATABASE_URL, databaseUrl, quoteIdent, withAdmin } from './postgres-admin.ts';
import { seedStore } from './seed-store.ts';

const SNAPSHOT_DIR = fileURLToPath(new URL('../../../../.tmp/test-store', import.meta.url));

async function snapshot(store: Store, file: string): Promise<string> {
  const blob = await store.pglite!.dumpDataDir('none');
  writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
  return file;
}

async function preparePglite(runId: string): Promise<TestStoreContext> {
  const dir = join(SNAPSHOT_DIR, runId);
  mkdirSync(dir, { recursive: true });
  const store = await openStore({ kind: 'pglite-memory' });
  try {
    const emptySnapshot = await snapshot(store, join(dir, 'empty.tar'));
    await seedStore(store);
    const seededSnapshot = await snapshot(store, join(dir, 'seeded.tar'));
    return { kind: 'pglite', runId, emptySnapshot, seededSnapshot };
  } finally {
    await store.close();
  }
}

async function createTemplate(adminUrl: string, name: string, seed: boolean): Promise<string> {
  await withAdmin(adminUrl, (admin) => admin.query(`CREATE DATABASE ${quoteIdent(name)}`));
  const store = await openStore({ kind: 'postgres', databaseUrl: databaseUrl(adminUrl, name) });
  try {
    if (seed) await seedStore(store);
  } finally {
    await store.close();
  }
  return name;
}

async function preparePostgres(runId: string): Promise<TestStoreContext> {
  const adminUrl = process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;
  const [emptyTemplate, seededTemplate] = await Promise.all([
    createTemplate(adminUrl, `c360_${runId}_empty`, false),
    createTemplate(adminUrl, `c360_${runId}_seeded`, true),
  ]);
  return { kind: 'postgres', runId, adminUrl, emptyTemplate, seededTemplate };
}

/** Drops every database this run made, templates included. */
async function dropRunDatabases(adminUrl: string, runId: string): Promise<void> {
  await withAdmin(adminUrl, async (admin) => {
    const { rows } = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`c360_${runId}_%`]);
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(datname)} WITH (FORCE)`);
  });
}

/**
 * Prepares one migrated store per kind, empty and seeded, once per run; each test file then gets a
 * private copy (a snapshot load on PGlite, a template copy on the server), so tests never share data.
 */
export default async function setup(project: TestProject) {
  const kind = project.config.env?.C360_TEST_STORE as TestStoreKind | undefined;
  if (kind !== 'pglite' && kind !== 'postgres') throw new Error('C360_TEST_STORE must be pglite or postgres');
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  const context = kind === 'pglite' ? await preparePglite(runId) : await preparePostgres(runId);
  project.provide('testStore', context);
  return async () => {
    if (context.kind === 'postgres') await dropRunDatabases(context.adminUrl!, runId);
    else rmSync(join(SNAPSHOT_DIR, runId), { recursive: true, force: true });
  };
}
