import { AppError, type RateLimit, type RateLimiter } from '@c360/c360';
import type { Request } from 'express';
import { isIPv6 } from 'node:net';
import { requireSession } from '../session/index.ts';

/**
 * The brute-force limits of one sign-in step. A user name is limited per client (IP and Zoom user), so one
 * attacker's guesses cannot lock the real user out, and under a slower ceiling across every client, which only
 * many addresses together can reach.
 */
export interface StepLimits {
  perIp: RateLimit;
  perUsernameAndClient: RateLimit;
  perUsername: RateLimit;
}

/** The limits of the lookup and sign-in steps; tests shrink the windows through AppDeps. */
export interface LoginRateLimits {
  lookup: StepLimits;
  /** Every attempt counts: the limiter can only count hits, and a lock-out must hold before the password is checked. */
  signIn: StepLimits;
  /**
   * "Sign in with Salesforce", per address: its start, its callback and the choice of domain each count (a
   * sign-in is two or three). No password is guessed there, but each callback costs a token exchange with the IdP.
   */
  salesforce: RateLimit;
}

export const DEFAULT_LOGIN_RATE_LIMITS: LoginRateLimits = {
  lookup: {
    perIp: { limit: 30, windowSeconds: 5 * 60 },
    perUsernameAndClient: { limit: 20, windowSeconds: 5 * 60 },
    perUsername: { limit: 300, windowSeconds: 60 * 60 },
  },
  signIn: {
    perIp: { limit: 50, windowSeconds: 15 * 60 },
    perUsernameAndClient: { limit: 5, windowSeconds: 15 * 60 },
    perUsername: { limit: 100, windowSeconds: 60 * 60 },
  },
  salesforce: { limit: 30, windowSeconds: 15 * 60 },
};

/**
 * The client's address as a limit key: an IPv6 address by its /64, which one host can fill with addresses of its
 * own. `req.ip` is only as honest as TRUST_PROXY lets it be.
 */
export function clientAddressOf(req: Request): string {
  const ip = req.ip ?? 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (!isIPv6(ip)) return ip;
  const [head = '', tail = ''] = ip.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === '' ? [] : tail.split(':');
  const groups = ip.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((group) => Number.parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}

/** Who is trying: the address, and the Zoom user when a verified app context linked one to the session. */
function clientOf(req: Request): string {
  const zoomUserId = requireSession(req).zoomUserId;
  return zoomUserId === null ? clientAddressOf(req) : `${clientAddressOf(req)} zoom:${zoomUserId}`;
}

const part = (value: string) => encodeURIComponent(value);

/** The hits of one sign-in step (key prefix `login` or `login-lookup`): the address, then the narrowest first. */
export function loginHits(req: Request, step: 'login' | 'login-lookup', username: string, limits: StepLimits): Array<[key: string, rule: RateLimit]> {
  return [
    [`${step}:ip:${part(clientAddressOf(req))}`, limits.perIp],
    [`${step}:user-client:${part(username)}:${part(clientOf(req))}`, limits.perUsernameAndClient],
    [`${step}:user:${part(username)}`, limits.perUsername],
  ];
}

/** The hit of one step of "Sign in with Salesforce": the address. */
export const salesforceHit = (req: Request, limit: RateLimit): [key: string, rule: RateLimit] => [`salesforce:ip:${part(clientAddressOf(req))}`, limit];

/**
 * Counts a hit on each key in turn and stops at the first refusal, so a client its own limit blocks spends
 * nothing of the user name's shared ceiling. `tooMany` says what there were too many of.
 */
export async function assertWithinLimits(
  limiter: RateLimiter,
  hits: ReadonlyArray<[key: string, rule: RateLimit]>,
  tooMany = 'Too many attempts.',
): Promise<void> {
  for (const [key, rule] of hits) {
    const result = await limiter.hit(key, rule);
    if (!result.allowed) {
      throw new AppError('RATE_LIMITED', `${tooMany} Try again in ${describeWait(result.retryAfterSeconds)}.`, {
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
