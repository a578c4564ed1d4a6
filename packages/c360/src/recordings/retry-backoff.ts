/** How a failing download is retried: `baseMs`, then twice as long each time, `maxAttempts` in all. */
export interface RetryPolicy {
  baseMs: number;
  maxAttempts: number;
}

/** The wait after the `attempts`-th failed attempt (1 → baseMs, 2 → 2·baseMs, 3 → 4·baseMs …). */
export function retryDelayMs(policy: RetryPolicy, attempts: number): number {
  return policy.baseMs * 2 ** Math.max(0, attempts - 1);
}
