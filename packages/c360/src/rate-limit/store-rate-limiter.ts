import type { PrismaClient } from '../store/prisma.ts';
import type { RateLimit, RateLimiter, RateLimitResult } from './rate-limiter.ts';

interface CounterRow {
  count: number;
  retry_after: number;
}

/**
 * Counters in the store's RateLimitCounter table. One upsert per hit: a window that has run out starts
 * again at 1, so concurrent processes never lose a hit and no clean-up job is needed for correctness.
 */
export function storeRateLimiter(prisma: PrismaClient): RateLimiter {
  return {
    async hit(key: string, { limit, windowSeconds }: RateLimit): Promise<RateLimitResult> {
      const [row] = await prisma.$queryRaw<CounterRow[]>`
        INSERT INTO "RateLimitCounter" (key, count, "expiresAt")
        VALUES (${key}, 1, now() + make_interval(secs => ${windowSeconds}))
        ON CONFLICT (key) DO UPDATE SET
          count = CASE WHEN "RateLimitCounter"."expiresAt" <= now() THEN 1 ELSE "RateLimitCounter".count + 1 END,
          "expiresAt" = CASE WHEN "RateLimitCounter"."expiresAt" <= now() THEN EXCLUDED."expiresAt" ELSE "RateLimitCounter"."expiresAt" END
        RETURNING count, CEIL(EXTRACT(EPOCH FROM ("expiresAt" - now())))::int AS retry_after`;
      if (!row || row.count <= limit) return { allowed: true };
      return { allowed: false, retryAfterSeconds: Math.max(1, row.retry_after) };
    },
  };
}
