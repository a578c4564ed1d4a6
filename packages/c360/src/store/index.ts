export { openStore, StoreUnavailableError, describeDatabaseUrl, type Store, type StoreOptions } from './open-store.ts';
export { StoreLockedError } from './data-dir-lock.ts';
export { applyMigrations, readMigrations, MigrationError, MIGRATIONS_DIR, type Migration } from './migrations.ts';
export { PrismaClient, Prisma } from './prisma.ts';
