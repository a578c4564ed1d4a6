// `pnpm --filter @c360/bff build`: the BFF as one ES module, apps/bff/dist/server.js (+ source map), which
// production runs with plain `node` — no TypeScript loader at run time.
//
// Bundled: the BFF's own sources and the workspace packages it imports (@c360/c360 with its generated Prisma
// client, @c360/contracts), which are TypeScript source. External: every npm package, loaded from node_modules
// as usual — several cannot be bundled (PGlite reads its .wasm/.data files beside its module, argon2 is native),
// and the rest load faster from node_modules than they would build. apps/bff/package.json lists each one the
// bundle imports as a dependency, so `pnpm deploy --prod` installs exactly those.
import { readFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const bffDir = fileURLToPath(new URL('.', import.meta.url));
const entryPoint = fileURLToPath(new URL('src/server.ts', import.meta.url));
const outfile = fileURLToPath(new URL('dist/server.js', import.meta.url));

/** npm packages stay imports; workspace packages (@c360/…) and relative paths are bundled. */
const npmPackagesExternal = {
  name: 'npm-packages-external',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@c360/') ? undefined : { path: args.path, external: true }));
  },
};

/**
 * Modules find files next to their source with `new URL('../…', import.meta.url)` (the repository root, the
 * migrations). In one bundle import.meta.url is the bundle's own URL, so each module's is rewritten to its source
 * file's URL relative to the bundle: the paths resolve as they do under tsx, wherever the tree is placed
 * (the runtime image keeps the repository layout). Not the entry's: the bundle stands for it, and server.ts
 * compares its URL with the script node was started with.
 */
const importMetaUrlOfSource = {
  name: 'import-meta-url-of-source',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (args.path === entryPoint) return undefined;
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const fromBundle = relative(dirname(outfile), args.path).split('\\').join('/');
      return { contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`), loader: 'ts' };
    });
  },
};

await build({
  entryPoints: [entryPoint],
  outfile,
  absWorkingDir: bffDir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [npmPackagesExternal, importMetaUrlOfSource],
});
