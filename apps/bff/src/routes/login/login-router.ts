import { lookupSignIn, signIn, type RateLimiter, type SessionStore } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import { loginLookupRequestSchema, loginRequestSchema } from '@c360/contracts';
import { Router } from 'express';
import { assertWithinLimits, completeSignIn, loginHits, signOut, type LoginRateLimits } from '../../auth/index.ts';
import { requireSession } from '../../session/index.ts';
import { sessionView } from '../session/session-view.ts';

export interface LoginRouterDeps {
  prisma: PrismaClient;
  sessionStore: SessionStore;
  rateLimiter: RateLimiter;
  limits: LoginRateLimits;
}

/** SPEC §3, at `/api/login`: `POST /lookup` (how a user name signs in) and `POST /` (the sign-in). */
export function loginRouter({ prisma, rateLimiter, limits }: Omit<LoginRouterDeps, 'sessionStore'>): Router {
  const router = Router();

  router.post('/lookup', async (req, res) => {
    const input = loginLookupRequestSchema.parse(req.body);
    await assertWithinLimits(rateLimiter, loginHits(req, 'login-lookup', input.username, limits.lookup));
    res.setHeader('Cache-Control', 'no-store');
    res.json(await lookupSignIn(prisma, input));
  });

  router.post('/', async (req, res) => {
    const input = loginRequestSchema.parse(req.body);
    await assertWithinLimits(rateLimiter, loginHits(req, 'login', input.username, limits.signIn));
    const signedIn = await signIn(prisma, input);
    res.setHeader('Cache-Control', 'no-store');
    res.json(await completeSignIn(req, signedIn, prisma));
  });

  return router;
}

/** SPEC §3, at `/api/logout`: `POST /` ends the session's sign-in and answers what the session is now. */
export function logoutRouter({ prisma, sessionStore }: Pick<LoginRouterDeps, 'prisma' | 'sessionStore'>): Router {
  const router = Router();

  router.post('/', async (req, res) => {
    const session = requireSession(req);
    await signOut(session, sessionStore, prisma);
    res.setHeader('Cache-Control', 'no-store');
    res.json(await sessionView(session, prisma));
  });

  return router;
}
