// `pnpm db:migration:create <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql with what the
// schema needs beyond the existing migrations (what `prisma migrate dev --create-only` would, offline).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffMigrationsToSchema, LOCKFILE_CONTENT, LOCKFILE_NAME, migrationNames, MIGRATIONS_DIR } from './migration-diff.ts';

// Extensions stay out of the schema (the postgresqlExtensions preview feature would re-emit CREATE EXTENSION in
// every diff), so the first migration creates the one the schema's gin_trgm_ops indexes need.
const FIRST_MIGRATION_PREAMBLE = 'CREATE EXTENSION IF NOT EXISTS pg_trgm;\n\n';

async function main(): Promise<void> {
  const name = (process.argv[2] ?? '').trim();
  // Prisma's own folder naming: <YYYYMMDDHHMMSS in UTC>_<name>, name limited to [A-Za-z0-9_].
  if (!/^[A-Za-z0-9_]+$/.test(name)) {
    console.error('usage: pnpm db:migration:create <name>  (letters, digits and _ only)');
    process.exit(2);
  }

  const isFirst = migrationNames().length === 0;
  const sql = await diffMigrationsToSchema();
  if (!sql) {
    console.log('No schema changes');
    return;
  }
  const timestamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const dir = join(MIGRATIONS_DIR, `${timestamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'migration.sql'), (isFirst ? FIRST_MIGRATION_PREAMBLE : '') + sql);
  const lockPath = join(MIGRATIONS_DIR, LOCKFILE_NAME);
  if (!existsSync(lockPath)) writeFileSync(lockPath, LOCKFILE_CONTENT);
  console.log(`Created ${dir}/migration.sql`);
}

// The wasm engine leaves timers running for ~10 s after its work is done: exit as soon as we are.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
