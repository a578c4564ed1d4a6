import { describe } from 'vitest';
import { emptyStoreTest as it, fileStoreOf, rateLimiterContract } from '../../test/support/index.ts';
import { storeRateLimiter } from './store-rate-limiter.ts';

const file = fileStoreOf(it);

describe('the store rate limiter', () => {
  rateLimiterContract(() => [storeRateLimiter(file.store.prisma)]);
});
