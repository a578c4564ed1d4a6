// `pnpm bench:bundle`: builds the sidebar for production and prints what the first screen downloads (the
// entry chunk, its static imports and their CSS) apart from what loads later (lazy tabs, the editor, the
// Zoom SDK), raw and gzip, from Vite's manifest.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const sidebarRoot = fileURLToPath(new URL('../apps/sidebar/', import.meta.url));

/** The part of a Vite manifest entry this script reads. */
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

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

/** The files the browser needs before the first render: the entry and everything it imports statically. */
function firstScreenFiles(manifest: Manifest): Set<string> {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return files;
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
    const first = firstScreenFiles(manifest);
    const later = [...allFiles(manifest)].filter((file) => !first.has(file));
    const rows: Array<[string, Size, number]> = [
      ['first screen (entry + static imports + CSS)', sizeOf(outDir, first), first.size],
      ['loaded on demand (SDK, other tabs, editor…)', sizeOf(outDir, later), later.length],
    ];
    console.log('| sidebar bundle | files | raw | gzip |\n|---|---:|---:|---:|');
    for (const [label, size, count] of rows) console.log(`| ${label} | ${count} | ${kB(size.raw)} | ${kB(size.gzip)} |`);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

main();
