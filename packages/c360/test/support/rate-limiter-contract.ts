import { expect, it } from 'vitest';
import type { RateLimiter } from '../../src/rate-limit/index.ts';

/**
 * What every RateLimiter must do, whichever store keeps its counters. `limiters` gives one or more
 * clients of the same counters (several connections, or several processes' worth).
 */
export function rateLimiterContract(limiters: () => RateLimiter[]): void {
  it('allows the limit, refuses the next hit with the seconds left, and recovers when the window ends', async () => {
    const [limiter] = limiters();
    const rule = { limit: 3, windowSeconds: 1 };
    for (let hit = 0; hit < 3; hit += 1) expect(await limiter!.hit('login:user:alex', rule)).toEqual({ allowed: true });
    expect(await limiter!.hit('login:user:alex', rule)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(await limiter!.hit('login:user:vera', rule)).toEqual({ allowed: true });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await limiter!.hit('login:user:alex', rule)).toEqual({ allowed: true });
  });

  it('counts every concurrent hit exactly once, across clients', async () => {
    const clients = limiters();
    const rule = { limit: 10, windowSeconds: 60 };
    const results = await Promise.all(Array.from({ length: 25 }, (_, index) => clients[index % clients.length]!.hit('login:ip:10.0.0.1', rule)));
    expect(results.filter((result) => result.allowed)).toHaveLength(10);
    expect(results.find((result) => !result.allowed)).toEqual({ allowed: false, retryAfterSeconds: 60 });
  });
}
