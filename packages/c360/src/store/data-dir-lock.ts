import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export class StoreLockedError extends Error {
  constructor(dataDir: string, pid: number) {
    super(`The embedded store in ${dataDir} is in use by process ${pid}. ` + 'Stop that process, or set DATA_DIR to another directory.');
    this.name = 'StoreLockedError';
  }
}

export interface DataDirLock {
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(lockPath: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * PGlite does not lock its data directory, and two processes on one directory silently lose each
 * other's writes. One process per directory: an exclusive lock file holding the owner's pid. A lock
 * left by a process that no longer runs is taken over.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const lockPath = join(dataDir, 'store.lock');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return {
        release() {
          if (readOwner(lockPath) === process.pid) rmSync(lockPath, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(lockPath);
      if (owner !== undefined && isAlive(owner)) throw new StoreLockedError(dataDir, owner);
      rmSync(lockPath, { force: true });
    }
  }
  throw new StoreLockedError(dataDir, readOwner(lockPath) ?? 0);
}
