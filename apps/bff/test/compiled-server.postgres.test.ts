import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { childDatabaseUrl, freePort, spawnServer } from './support/spawn-server.ts';
import { PRODUCTION_ENV } from './support/test-app.ts';

// `pnpm build:bff` bundles the BFF with the workspace packages into dist/server.js, which production runs with
// plain node (`pnpm start:bff`). This fails when the build breaks, or when its output does not start without tsx:
// a module left as TypeScript, a file looked up beside a source file (the migrations), an unresolvable import.
// On PostgreSQL only: a new embedded store takes most of a minute to create on a busy machine.
const BFF_DIR = fileURLToPath(new URL('../', import.meta.url));
const READY_TIMEOUT_MS = 30_000;

async function readyzStatus(origin: string): Promise<number | undefined> {
  return fetch(`${origin}/readyz`).then(
    (res) => res.status,
    () => undefined,
  );
}

describe('the compiled BFF', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['build.mjs'], { cwd: BFF_DIR, stdio: ['ignore', 'ignore', 'pipe'] });
  }, 60_000);

  it(
    'starts from dist/server.js with plain node in production and answers /readyz with 200',
    async () => {
      const port = await freePort();
      const server = spawnServer(
        {
          ...PRODUCTION_ENV,
          PORT: String(port),
          DATABASE_URL: await childDatabaseUrl('compiled_bff'),
          SIDEBAR_DIST: join(tmpdir(), 'c360-no-sidebar'),
          LOG_LEVEL: 'warn',
        },
        ['--enable-source-maps', 'dist/server.js'],
      );
      let status: number | undefined;
      try {
        const deadline = Date.now() + READY_TIMEOUT_MS;
        while (status !== 200 && server.child.exitCode === null && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          status = await readyzStatus(`http://127.0.0.1:${port}`);
        }
      } finally {
        server.child.kill('SIGTERM');
      }
      const exitCode = await server.exited;
      expect(server.stderr()).toBe('');
      expect(status).toBe(200);
      expect(exitCode).toBe(0);
    },
    READY_TIMEOUT_MS + 10_000,
  );
});
