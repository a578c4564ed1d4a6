import { describe, expect, it } from 'vitest';
import { diffMigrationsToSchema } from './migration-diff.ts';

describe('the migrations folder', () => {
  it('builds exactly the schema in prisma/schema.prisma (a schema change needs a migration)', async () => {
    expect(await diffMigrationsToSchema()).toBe('');
  }, 60_000);
});
