import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore } from '../../test/support/index.ts';
import type { Store } from '../store/index.ts';
import { storeRateLimiter } from './store-rate-limiter.ts';

let store: Store;
beforeAll(async () => {
  store = await createTestStore();
});
afterAll(async () => {
  await store.close();
});

describe('the store rate limiter', () => {
  it('allows the limit, refuses the next hit with the seconds left, and recovers when the window ends', async () => {
    const limiter = storeRateLimiter(store.prisma);
    const rule = { limit: 3, windowSeconds: 1 };
    for (let hit = 0; hit < 3; hit += 1) expect(await limiter.hit('login:user:alex', rule)).toEqual({ allowed: true });
    expect(await limiter.hit('login:user:alex', rule)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(await limiter.hit('login:user:vera', rule)).toEqual({ allowed: true });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await limiter.hit('login:user:alex', rule)).toEqual({ allowed: true });
  });

  it('counts every concurrent hit exactly once', async () => {
    const limiter = storeRateLimiter(store.prisma);
    const rule = { limit: 10, windowSeconds: 60 };
    const results = await Promise.all(Array.from({ length: 25 }, () => limiter.hit('login:ip:10.0.0.1', rule)));
    expect(results.filter((result) => result.allowed)).toHaveLength(10);
  });
});
