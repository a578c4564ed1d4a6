import { defineConfig } from 'vitest/config';

// `pnpm --filter @c360/bff test` runs the unit tests alone. The root `pnpm test` runs everything,
// including *.store.test.ts on both stores (they need the root config's global setup).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/*.store.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
