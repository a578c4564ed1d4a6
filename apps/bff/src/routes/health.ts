import type { Store } from '@c360/c360/store';
import { Router } from 'express';
import type { Logger } from '../logger.ts';
import { sendProblem } from '../http/problem.ts';

const READY_TIMEOUT_MS = 2_000;

function withTimeout(promise: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Something the BFF cannot serve without, besides the store (Redis, when configured). */
export interface Dependency {
  name: string;
  ping(): Promise<void>;
}

/** `/healthz`: the process answers. `/readyz`: the store and every dependency answer too. */
export function healthRouter(store: Pick<Store, 'ping'>, logger: Logger, dependencies: readonly Dependency[] = []): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    for (const { name, ping } of [{ name: 'store', ping: () => store.ping() }, ...dependencies]) {
      try {
        await withTimeout(ping(), READY_TIMEOUT_MS);
      } catch (error) {
        logger.warn({ err: error }, `readiness check failed: the ${name} did not answer`);
        sendProblem(res, 'UNAVAILABLE', { detail: `The ${name} is not reachable.` });
        return;
      }
    }
    res.json({ status: 'ready' });
  });
  return router;
}
