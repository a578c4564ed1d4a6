import { randomBytes } from 'node:crypto';
import { databaseUrl, DEFAULT_TEST_DATABASE_URL, quoteIdent, withAdmin } from '../../packages/c360/test/support/postgres-admin.ts';

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

/** `--postgres`: a new database on TEST_DATABASE_URL's server (as the store tests use), dropped afterwards. */
export async function createScratchDatabase(): Promise<ScratchDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL || DEFAULT_TEST_DATABASE_URL;
  const name = `c360_loadtest_${randomBytes(4).toString('hex')}`;
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`));
  return {
    url: databaseUrl(adminUrl, name),
    drop: () => withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`)).then(() => undefined),
  };
}
