// `pnpm test`: every test of the workspace. Store tests run on the embedded PGlite and on the
// PostgreSQL server (TEST_DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/postgres).
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './chromium.mjs';

try {
  ensureChromium();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
// `pnpm test -- --project x` hands the `--` on, and vitest ignores whatever follows one.
const args = process.argv.slice(2);
if (args[0] === '--') args.shift();
const result = spawnSync('pnpm', ['exec', 'vitest', 'run', ...args], { stdio: 'inherit' });
process.exit(result.status ?? 1);
