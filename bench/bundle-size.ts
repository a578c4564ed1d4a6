// `pnpm bench:bundle`: builds the sidebar for production and prints what the first screen downloads (everything the
// built index.html names, and the one catalog part loaded before the first render) apart from what loads later
// (lazy tabs, the editor, the Zoom SDK, the rest of the catalog, the other language), raw and gzip; exits 1 above the first screen's budget.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { filesNamedByIndexHtml, firstScreenVerdict, firstCatalogChunks, type Manifest } from './bundle-budget';

const sidebarRoot = fileURLToPath(new URL('../apps/sidebar/', import.meta.url));

function parseManifest(text: string): Manifest {
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null) throw new Error('The Vite manifest is not an object.');
  for (const [key, chunk] of Object.entries(parsed)) {
    if (typeof chunk !== 'object' || chunk === null || typeof (chunk as { file?: unknown }).file !== 'string') {
      throw new Error(`The Vite manifest's entry ${key} has no file.`);
    }
  }
  return parsed as Manifest;
}

interface Size {
  raw: number;
  gzip: number;
}

function build(outDir: string): Manifest {
  execFileSync(
    process.execPath,
    [path.join(sidebarRoot, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--manifest', '--logLevel', 'error'],
    {
      cwd: sidebarRoot,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: 'inherit',
    },
  );
  return parseManifest(readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8'));
}

function allFiles(manifest: Manifest): Set<string> {
  const files = new Set<string>();
  for (const chunk of Object.values(manifest)) {
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
  }
  return files;
}

function sizeOf(outDir: string, files: Iterable<string>): Size {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const content = readFileSync(path.join(outDir, file));
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  return { raw, gzip };
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

function main(): void {
  const outDir = mkdtempSync(path.join(tmpdir(), 'c360-bundle-size-'));
  try {
    const manifest = build(outDir);
    const first = new Set(filesNamedByIndexHtml(readFileSync(path.join(outDir, 'index.html'), 'utf8')));
    const locales = firstCatalogChunks(manifest).map((chunk) => ({ file: chunk.file, size: sizeOf(outDir, [chunk.file]) }));
    if (locales.length === 0) throw new Error('The build has no first message catalog chunk (src/locales/<language>.json?catalog=first).');
    const largestLocale = locales.reduce((largest, locale) => (locale.size.gzip > largest.size.gzip ? locale : largest));
    first.add(largestLocale.file);
    const later = [...allFiles(manifest)].filter((file) => !first.has(file));
    const firstSize = sizeOf(outDir, first);
    const rows: Array<[string, Size, number]> = [
      ['first screen (index.html + one catalog part)', firstSize, first.size],
      ['loaded on demand (SDK, other tabs, editor, rest of the catalogs…)', sizeOf(outDir, later), later.length],
    ];
    console.log('| sidebar bundle | files | raw | gzip |\n|---|---:|---:|---:|');
    for (const [label, size, count] of rows) console.log(`| ${label} | ${count} | ${kB(size.raw)} | ${kB(size.gzip)} |`);
    const verdict = firstScreenVerdict(firstSize.gzip);
    console.log(`\n${verdict.withinBudget ? 'OK' : 'OVER BUDGET'}: ${verdict.message}`);
    if (!verdict.withinBudget) process.exitCode = 1;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

main();
