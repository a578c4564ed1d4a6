import { pruneStore } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import type { Logger } from '../logger.ts';

/** How often a process prunes the store; every process does, since a prune done twice removes nothing more. */
export const HOUSEKEEPING_INTERVAL_MS = 60 * 60 * 1000;

export interface StoreHousekeeping {
  /** Prunes now, then every interval. */
  start(): void;
  /** No further prune; resolves when one under way has finished, so the store can close. */
  stop(): Promise<void>;
}

/** Keeps the store's guard tables from growing for ever (`pruneStore`) while the server runs. */
export function createStoreHousekeeping(prisma: PrismaClient, logger: Logger, intervalMs = HOUSEKEEPING_INTERVAL_MS): StoreHousekeeping {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  const prune = () => {
    if (stopped || running) return;
    running = pruneStore(prisma)
      .then(
        (pruned) => logger.info({ pruned }, 'store pruned'),
        (error: unknown) => logger.error({ err: error }, 'pruning the store failed; trying again at the next interval'),
      )
      .finally(() => {
        running = undefined;
      });
  };
  return {
    start() {
      if (timer || stopped) return;
      prune();
      timer = setInterval(prune, intervalMs);
      timer.unref();
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
