import { AppError, type RateLimit, type RateLimiter } from '@c360/c360';

/** The brute-force limits of the sign-in steps; tests shrink the windows through AppDeps. */
export interface LoginRateLimits {
  lookupPerIp: RateLimit;
  lookupPerUsername: RateLimit;
  signInPerIp: RateLimit;
  /** Every attempt counts: the limiter can only count hits, and a lock-out must hold before the password is checked. */
  signInPerUsername: RateLimit;
}

export const DEFAULT_LOGIN_RATE_LIMITS: LoginRateLimits = {
  lookupPerIp: { limit: 30, windowSeconds: 5 * 60 },
  lookupPerUsername: { limit: 20, windowSeconds: 5 * 60 },
  signInPerIp: { limit: 50, windowSeconds: 15 * 60 },
  signInPerUsername: { limit: 5, windowSeconds: 15 * 60 },
};

/** Counts a hit on each key in turn (the IP first, so a blocked IP spends no user name's budget). */
export async function assertWithinLimits(limiter: RateLimiter, hits: ReadonlyArray<[key: string, rule: RateLimit]>): Promise<void> {
  for (const [key, rule] of hits) {
    const result = await limiter.hit(key, rule);
    if (!result.allowed) {
      throw new AppError('RATE_LIMITED', `Too many attempts. Try again in ${describeWait(result.retryAfterSeconds)}.`, {
        details: { retryAfterSeconds: result.retryAfterSeconds },
      });
    }
  }
}

function describeWait(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
