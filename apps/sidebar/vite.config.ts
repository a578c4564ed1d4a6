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
  // `@/x` is src/x (also in tsconfig.json's paths), for vite, the build and vitest.
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
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
  },
});
