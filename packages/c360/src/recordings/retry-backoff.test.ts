import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './retry-backoff.ts';

describe('the download retry schedule', () => {
  it('doubles the wait after each failed attempt', () => {
    const policy = { baseMs: 30_000, maxAttempts: 6 };
    expect([1, 2, 3, 4, 5].map((attempts) => retryDelayMs(policy, attempts))).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
  });
});
