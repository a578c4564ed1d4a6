import { authenticateApiKey, type ApiKeyCaller, type RateLimit, type RateLimiter } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import type { Request, RequestHandler } from 'express';
import { assertWithinLimits } from '../../auth/index.ts';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Express's own extension point for Request
  namespace Express {
    interface Request {
      /** The API key calling a `/api/v1` route and the domain it acts for (read with `apiCallerOf`). */
      apiCaller?: ApiKeyCaller;
    }
  }
}

/** How often one key may call the domain API: a fixed window shared by every BFF process. */
export const DEFAULT_API_RATE_LIMIT: RateLimit = { limit: 120, windowSeconds: 60 };

/** The key a request presents: in an `accesskey` header as Gainsight's APIs take it, or as `Authorization: Bearer <key>`. */
function presentedKey(req: Request): string | undefined {
  const accessKey = req.get('accesskey');
  if (accessKey !== undefined) return accessKey.trim();
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
  return bearer?.[1];
}

/**
 * Every `/api/v1` route: 401 without a valid, unrevoked key (no session cookie, no CSRF check: a key is no
 * ambient credential a browser would send by itself), then 429 with Retry-After past the key's rate limit.
 */
export function requireApiKey(prisma: PrismaClient, rateLimiter: RateLimiter, limit: RateLimit): RequestHandler {
  return async (req, _res, next) => {
    const caller = await authenticateApiKey(prisma, presentedKey(req));
    await assertWithinLimits(rateLimiter, [[`api-key:${caller.keyId}`, limit]], 'Too many requests with this API key.');
    req.apiCaller = caller;
    next();
  };
}

/** The key calling a route behind `requireApiKey`; anything else is a programming error. */
export function apiCallerOf(req: Request): ApiKeyCaller {
  if (!req.apiCaller) throw new Error(`No requireApiKey in front of ${req.method} ${req.originalUrl}`);
  return req.apiCaller;
}
