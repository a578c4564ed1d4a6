import { actorOfSignedIn, AppError, checkSessionUser, type Actor, type SignedIn } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import type { Request, RequestHandler } from 'express';
import { requireSession } from '../session/index.ts';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Express's own extension point for Request
  namespace Express {
    interface Request {
      /** The signed-in Gainsight user and domain, on routes behind `requireGainsightUser`. */
      gainsight?: SignedIn;
      /** The same user as the domain functions take them (read with `actorOf`, http/request.ts). */
      actor?: Actor;
    }
  }
}

/**
 * Every Gainsight-scoped route: 401 without a sign-in, 403 with the reason when the licence or the
 * admin's policy no longer admits the user. The user is read from the store on every request, so such
 * changes reach existing sessions at once.
 */
export function requireGainsightUser(prisma: PrismaClient): RequestHandler {
  return async (req, _res, next) => {
    const { userId, domainId } = requireSession(req);
    const check = userId !== null && domainId !== null ? await checkSessionUser(prisma, { userId, domainId }) : null;
    if (!check) throw new AppError('UNAUTHENTICATED', 'Sign in to Gainsight first.');
    const { signedIn, refusal } = check;
    if (refusal) throw refusal;
    req.gainsight = signedIn;
    req.actor = actorOfSignedIn(signedIn);
    next();
  };
}

/** The signed-in user of a route behind `requireGainsightUser`; anything else is a programming error. */
export function gainsightUserOf(req: Request): SignedIn {
  if (!req.gainsight) throw new Error(`No requireGainsightUser in front of ${req.method} ${req.originalUrl}`);
  return req.gainsight;
}
