import { afterAll, beforeAll, describe } from 'vitest';
import { createTestStore, rateLimiterContract } from '../../test/support/index.ts';
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
  rateLimiterContract(() => [storeRateLimiter(store.prisma)]);
});
