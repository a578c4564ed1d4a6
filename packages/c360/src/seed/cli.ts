// `pnpm db:seed`: loads the demo data (SPEC §6) into the PostgreSQL server named by DATABASE_URL, once.
import { databaseUrlFromEnv, runCommand } from '../cli/database-url.ts';
import { describeDatabaseUrl, openStore } from '../store/index.ts';
import { seedDemoDataIfEmpty } from './seed-if-empty.ts';

runCommand('db:seed', async () => {
  const databaseUrl = databaseUrlFromEnv(process.env);
  const store = await openStore({ kind: 'postgres', databaseUrl });
  try {
    const started = performance.now();
    const summary = await seedDemoDataIfEmpty(store.prisma);
    if (!summary) {
      console.log(`db:seed: ${describeDatabaseUrl(databaseUrl)} already has demo data; nothing to do.`);
      return 0;
    }
    console.log(`db:seed: seeded ${describeDatabaseUrl(databaseUrl)} in ${Math.round(performance.now() - started)} ms`);
    console.table(summary);
    return 0;
  } finally {
    await store.close();
  }
});
