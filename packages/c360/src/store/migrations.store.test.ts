import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestStore } from '../../test/support/index.ts';
import { MigrationError, readMigrations } from './migrations.ts';
import { Prisma } from './prisma.ts';
import type { Store } from './open-store.ts';

let store: Store;
beforeEach(async () => {
  store = await createTestStore();
});
afterEach(async () => {
  await store.close();
});

const recorded = () =>
  store.prisma.$queryRaw<{ migration_name: string; checksum: string; finished: boolean }[]>`
    SELECT migration_name, checksum, finished_at IS NOT NULL AS finished
    FROM "_prisma_migrations" ORDER BY migration_name`;

describe('migrations', () => {
  it('are recorded as Prisma records them, with the SHA-256 of each file', async () => {
    const files = readMigrations();
    expect(files.length).toBeGreaterThan(0);
    expect(await recorded()).toEqual(files.map((file) => ({ migration_name: file.name, checksum: file.checksum, finished: true })));
  });

  it('apply idempotently: running them again on a migrated store changes nothing', async () => {
    const before = await recorded();
    expect(await store.migrate()).toEqual([]);
    expect(await store.migrate()).toEqual([]);
    expect(await recorded()).toEqual(before);
  });

  it('create a table for every model of the schema, with the trigram indexes', async () => {
    const tables = await store.prisma.$queryRaw<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()`;
    const names = tables.map((t) => t.table_name);
    for (const model of Object.values(Prisma.ModelName)) expect(names).toContain(model);
    const trigram = await store.prisma.$queryRaw<{ indexname: string }[]>`
      SELECT indexname FROM pg_indexes WHERE indexdef LIKE '%gin_trgm_ops%' ORDER BY indexname`;
    expect(trigram.map((i) => i.indexname)).toEqual([
      'Company_name_trgm_idx',
      'Company_searchName_trgm_idx',
      'Person_fullName_trgm_idx',
      'RecordingLine_text_trgm_idx',
      'Relationship_name_trgm_idx',
      'Relationship_searchName_trgm_idx',
    ]);
  });

  it('apply a new migration once, on the next start', async () => {
    const next = [...readMigrations(), { name: '99990101000000_probe', sql: 'CREATE TABLE "Probe" (id int);', checksum: 'probe' }];
    expect(await store.migrate(next)).toEqual(['99990101000000_probe']);
    expect(await store.migrate(next)).toEqual([]);
  });

  it('roll a failing migration back whole and record nothing', async () => {
    const broken = [
      ...readMigrations(),
      { name: '99990101000000_broken', sql: 'CREATE TABLE "Half" (id int); SELECT no_such_function();', checksum: 'broken' },
    ];
    await expect(store.migrate(broken)).rejects.toThrow();
    const half = await store.prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'Half'`;
    expect(Number(half[0]?.n)).toBe(0);
    expect((await recorded()).map((r) => r.migration_name)).not.toContain('99990101000000_broken');
  });

  it('refuse a migration that was changed after it was applied', async () => {
    const [first, ...rest] = readMigrations();
    const changed = [{ ...first!, checksum: 'edited' }, ...rest];
    await expect(store.migrate(changed)).rejects.toThrow(MigrationError);
  });
});
