/** One fixed-window counter: how many hits a key may take per window. */
export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Counts hits per key across every BFF process (in the store, or in Redis when configured). */
export interface RateLimiter {
  hit(key: string, rule: RateLimit): Promise<RateLimitResult>;
}
