import { rateLimiterContract } from '@c360/c360/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisRateLimiter } from '../../src/redis/redis-rate-limiter.ts';
import { connectTestRedis, type TestRedis } from '../support/test-redis.ts';

let first: TestRedis;
let second: TestRedis;
beforeAll(async () => {
  first = await connectTestRedis();
  second = await connectTestRedis(first.keyPrefix);
});
afterAll(async () => {
  await second?.redis.quit();
  await first?.close();
});

describe('the Redis rate limiter', () => {
  rateLimiterContract(() => [redisRateLimiter(first.redis), redisRateLimiter(second.redis)]);

  it('never leaves a counter without an expiry', async () => {
    await redisRateLimiter(first.redis).hit('login:user:paul', { limit: 5, windowSeconds: 30 });
    const ttl = await first.redis.ttl('rate:login:user:paul');
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(30);
  });
});
