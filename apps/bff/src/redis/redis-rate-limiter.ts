import type { RateLimit, RateLimiter, RateLimitResult } from '@c360/c360';
import { execTransaction } from './exec-transaction.ts';
import type { Redis } from './redis-client.ts';

/**
 * Fixed-window counters in Redis. INCR, a first expiry (NX: only the hit that opens the window sets it)
 * and the time left run as one MULTI, so concurrent hits from any process are each counted once and a
 * counter can never be left without an expiry.
 */
export function redisRateLimiter(redis: Redis): RateLimiter {
  return {
    async hit(key: string, { limit, windowSeconds }: RateLimit): Promise<RateLimitResult> {
      const counter = `rate:${key}`;
      const [count, , millisecondsLeft] = await execTransaction(redis.multi().incr(counter).expire(counter, windowSeconds, 'NX').pttl(counter));
      if (Number(count) <= limit) return { allowed: true };
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(Number(millisecondsLeft) / 1000)) };
    },
  };
}
