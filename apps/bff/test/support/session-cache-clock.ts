import { setClock } from '@c360/c360';
import { SESSION_CACHE_TTL_MS } from '../../src/session/index.ts';

/** Runs `check` with the product's clock moved past the session cache's TTL, as a later request would see it. */
export async function afterTheCacheTtl(check: () => Promise<unknown>): Promise<void> {
  const restore = setClock(() => new Date(Date.now() + SESSION_CACHE_TTL_MS + 1));
  try {
    await check();
  } finally {
    restore();
  }
}
