import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { catalogPart, type CatalogPart } from './src/locales/catalog-parts';

/** `src/locales/<language>.json?catalog=first` or `?catalog=later`: a module of that part of the catalog. */
function catalogParts(): Plugin {
  return {
    name: 'c360-catalog-parts',
    load(id) {
      const match = /^(.+\.json)\?catalog=(first|later)$/.exec(id);
      if (!match) return null;
      const catalog = JSON.parse(readFileSync(match[1]!, 'utf8')) as Record<string, unknown>;
      return `export default ${JSON.stringify(catalogPart(catalog, match[2] as CatalogPart))};`;
    },
  };
}

export default defineConfig({
  base: '/',
  plugins: [react(), catalogParts()],
  resolve: {
    alias: [
      // `@/x` is src/x (also in tsconfig.json's paths), for vite, the build and vitest.
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
      // The sidebar is written against React's API and types, and runs on Preact's compatible one: react-dom alone
      // was about 57 kB of the first screen's gzip, Preact with compat is under 10 (issue 16's 110 kB budget). Tests
      // run on the same runtime as the build.
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react-dom\/server$/, replacement: 'preact/compat/server' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
      { find: /^react(-dom)?$/, replacement: 'preact/compat' },
      // react-i18next's shim for React 17: Preact has the hook itself.
      { find: /^use-sync-external-store\/shim$/, replacement: 'preact/compat' },
    ],
  },
  build: {
    outDir: 'dist',
    // The BFF's CSP is `default-src 'self'`: data: URIs for small assets would be blocked.
    assetsInlineLimit: 0,
  },
  test: {
    name: 'sidebar',
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Bundled through the aliases above, so that they too call Preact instead of loading React from node_modules.
    server: { deps: { inline: ['react-i18next', '@tanstack/react-query'] } },
  },
});
