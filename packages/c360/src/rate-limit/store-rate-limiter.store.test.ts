import { describe } from 'vitest';
import { rateLimiterContract, emptyStoreTest as it } from '../../test/support/index.ts';
import type { Store } from '../store/index.ts';
import { storeRateLimiter } from './store-rate-limiter.ts';

let store: Store;
it.beforeAll(({ store: fileStore }) => {
  store = fileStore;
});

describe('the store rate limiter', () => {
  rateLimiterContract(() => [storeRateLimiter(store.prisma)]);
});
