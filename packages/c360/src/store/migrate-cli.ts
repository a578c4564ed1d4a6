// `pnpm db:migrate`: applies pending migrations to the PostgreSQL server named by DATABASE_URL.
import { databaseUrlFromEnv, runCommand } from '../cli/database-url.ts';
import { describeDatabaseUrl, openStore } from './index.ts';

runCommand('db:migrate', async () => {
  const databaseUrl = databaseUrlFromEnv(process.env);
  const store = await openStore({ kind: 'postgres', databaseUrl });
  await store.close();
  const applied = store.appliedMigrations;
  console.log(
    applied.length === 0
      ? `db:migrate: ${describeDatabaseUrl(databaseUrl)} is up to date.`
      : `db:migrate: applied ${applied.join(', ')} to ${describeDatabaseUrl(databaseUrl)}.`,
  );
  return 0;
});
