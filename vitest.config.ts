import { defineConfig } from 'vitest/config';

const storeGlobalSetup = ['packages/c360/test/support/global-setup.ts'];
const storeTests = ['packages/*/{src,test}/**/*.store.test.ts', 'apps/{bff,zoom-sandbox}/{src,test}/**/*.store.test.ts'];
// Files named *.postgres.test.ts need the PostgreSQL server itself (a connection to cut, a timeout to hit):
// PGlite runs inside the process, so they run in store:postgres only.
const postgresOnlyTests = ['packages/*/{src,test}/**/*.postgres.test.ts', 'apps/bff/{src,test}/**/*.postgres.test.ts'];

// Files named *.store.test.ts touch the store and run twice: on the embedded PGlite and on the
// PostgreSQL server (TEST_DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/postgres).
export default defineConfig({
  test: {
    reporters: ['default', './scripts/vitest/store-suite-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'packages/*/{src,test}/**/*.test.ts',
            'apps/{bff,zoom-sandbox}/{src,test}/**/*.test.ts',
            'scripts/**/*.test.ts',
            'prisma/scripts/**/*.test.ts',
            'bench/**/*.test.ts',
          ],
          exclude: ['**/node_modules/**', '**/*.store.test.ts', '**/*.postgres.test.ts'],
        },
      },
      {
        test: {
          name: 'store:pglite',
          include: storeTests,
          globalSetup: storeGlobalSetup,
          env: { C360_TEST_STORE: 'pglite' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'store:postgres',
          include: [...storeTests, ...postgresOnlyTests],
          globalSetup: storeGlobalSetup,
          env: { C360_TEST_STORE: 'postgres' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      'apps/sidebar/vite.config.ts',
    ],
  },
});
