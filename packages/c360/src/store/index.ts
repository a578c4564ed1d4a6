export {
  openStore,
  StoreUnavailableError,
  describeDatabaseUrl,
  DEFAULT_STORE_TIMEOUTS,
  type Store,
  type StoreOptions,
  type StoreTimeouts,
} from './open-store.ts';
export { StoreLockedError } from './data-dir-lock.ts';
export { applyMigrations, readMigrations, MigrationError, MIGRATIONS_DIR, type Migration } from './migrations.ts';
export { PrismaClient, Prisma } from './prisma.ts';
