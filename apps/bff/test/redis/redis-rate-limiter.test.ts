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
  it('allows the limit, refuses the next hit with the seconds left, and recovers when the window ends', async () => {
    const limiter = redisRateLimiter(first.redis);
    const rule = { limit: 3, windowSeconds: 1 };
    for (let hit = 0; hit < 3; hit += 1) expect(await limiter.hit('login:user:alex', rule)).toEqual({ allowed: true });
    expect(await limiter.hit('login:user:alex', rule)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(await limiter.hit('login:user:vera', rule)).toEqual({ allowed: true });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await limiter.hit('login:user:alex', rule)).toEqual({ allowed: true });
  });

  it('counts every concurrent hit exactly once, across connections', async () => {
    const limiters = [redisRateLimiter(first.redis), redisRateLimiter(second.redis)];
    const rule = { limit: 10, windowSeconds: 60 };
    const results = await Promise.all(Array.from({ length: 25 }, (_, index) => limiters[index % 2]!.hit('login:ip:10.0.0.1', rule)));
    expect(results.filter((result) => result.allowed)).toHaveLength(10);
    expect(results.find((result) => !result.allowed)).toEqual({ allowed: false, retryAfterSeconds: 60 });
  });

  it('never leaves a counter without an expiry', async () => {
    await redisRateLimiter(first.redis).hit('login:user:paul', { limit: 5, windowSeconds: 30 });
    const ttl = await first.redis.ttl('rate:login:user:paul');
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(30);
  });
});
