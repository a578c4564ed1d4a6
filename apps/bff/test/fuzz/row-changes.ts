import type { PrismaClient } from '@c360/c360/store';

// Sessions and sign-in counters change on refused requests by design (a session is touched, a failed
// sign-in is counted); every other table must not.
const EXEMPT = new Set(['Session', 'RateLimitCounter', '_prisma_migrations', 'fuzz_row_changes']);

/**
 * Counts every row inserted, updated or deleted in the store from now on (a trigger on each table), so a
 * test can tell cheaply whether a request changed anything. Rolled-back changes are not counted.
 */
export async function countRowChanges(prisma: PrismaClient): Promise<void> {
  await prisma.$executeRawUnsafe('CREATE TABLE fuzz_row_changes (n bigint NOT NULL)');
  await prisma.$executeRawUnsafe('INSERT INTO fuzz_row_changes VALUES (0)');
  await prisma.$executeRawUnsafe(`CREATE FUNCTION fuzz_count_row_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN UPDATE fuzz_row_changes SET n = n + 1; RETURN NULL; END $$`);
  const tables = await prisma.$queryRawUnsafe<{ name: string }[]>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'",
  );
  for (const { name } of tables.filter((table) => !EXEMPT.has(table.name))) {
    await prisma.$executeRawUnsafe(
      `CREATE TRIGGER fuzz_count_row_change AFTER INSERT OR UPDATE OR DELETE ON "${name}" FOR EACH ROW EXECUTE FUNCTION fuzz_count_row_change()`,
    );
  }
}

/** How many rows have changed since countRowChanges. */
export async function rowChanges(prisma: PrismaClient): Promise<number> {
  const [row] = await prisma.$queryRawUnsafe<{ n: bigint }[]>('SELECT n FROM fuzz_row_changes');
  return Number(row!.n);
}
