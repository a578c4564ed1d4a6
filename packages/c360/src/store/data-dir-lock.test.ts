import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { lockDataDir, StoreLockedError } from './data-dir-lock.ts';

const run = promisify(execFile);
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'c360-lock-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

// Another process trying the same directory, as a second `pnpm start` would.
async function lockFromAnotherProcess(dir: string) {
  const script = `import { lockDataDir } from ${JSON.stringify(new URL('./data-dir-lock.ts', import.meta.url).pathname)};
try { lockDataDir(${JSON.stringify(dir)}); console.log('locked'); } catch (e) { console.error(e.message); process.exit(3); }`;
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script]);
    return { code: 0, out: stdout.trim() };
  } catch (error) {
    const failure = error as { code: number; stderr: string };
    return { code: failure.code, out: failure.stderr.trim() };
  }
}

describe('the embedded store lock', () => {
  it('lets a second process on the same data directory fail with a clear message', async () => {
    const dir = tempDir();
    const lock = lockDataDir(dir);
    const second = await lockFromAnotherProcess(dir);
    expect(second.code).toBe(3);
    expect(second.out).toBe(`The embedded store in ${dir} is in use by process ${process.pid}. Stop that process, or set DATA_DIR to another directory.`);
    lock.release();
    expect(existsSync(join(dir, 'store.lock'))).toBe(false);
  });

  it('refuses a second lock within the same process too', () => {
    const dir = tempDir();
    const lock = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(StoreLockedError);
    lock.release();
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const dir = tempDir();
    const first = await lockFromAnotherProcess(dir);
    expect(first).toEqual({ code: 0, out: 'locked' });
    const lock = lockDataDir(dir);
    expect(readFileSync(join(dir, 'store.lock'), 'utf8')).toBe(String(process.pid));
    lock.release();
  });

  it('treats an unreadable lock file as stale', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'store.lock'), 'garbage');
    expect(() => lockDataDir(dir).release()).not.toThrow();
  });
});
