import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const sidebarRoot = fileURLToPath(new URL('../../../sidebar/', import.meta.url));

/**
 * Builds the current sidebar source into a fresh temp folder (each store project builds its own, as
 * they run at once), never touching apps/sidebar/dist. Not under a dot folder such as .tmp: Express
 * refuses to serve files from those.
 */
export async function buildSidebar(): Promise<string> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'c360-zoom-client-sidebar-'));
  // A child process, because vitest's NODE_ENV=test would otherwise give a development React build.
  await promisify(execFile)(
    process.execPath,
    [path.join(sidebarRoot, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    { cwd: sidebarRoot, env: { ...process.env, NODE_ENV: 'production' } },
  );
  return outDir;
}
