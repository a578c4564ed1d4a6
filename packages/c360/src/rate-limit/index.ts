export type { RateLimit, RateLimiter, RateLimitResult } from './rate-limiter.ts';
export { storeRateLimiter } from './store-rate-limiter.ts';
