import { defineConfig } from 'vitest/config';

// `pnpm screenshots` only: renders the sidebar's screens into docs/screenshots/ (not a test of `pnpm test`).
export default defineConfig({
  test: {
    name: 'screenshots',
    include: ['apps/zoom-sandbox/test/screenshots/*.screens.ts'],
    globalSetup: ['packages/c360/test/support/global-setup.ts'],
    env: { C360_TEST_STORE: 'pglite' },
    testTimeout: 900_000,
    hookTimeout: 180_000,
  },
});
