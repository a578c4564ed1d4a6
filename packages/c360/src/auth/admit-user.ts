import { AppError } from '../errors/app-error.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { checkSessionUser } from './check-session-user.ts';
import type { SignedIn } from './sign-in.ts';

/**
 * Admits a user whose identity was proven elsewhere (an identity provider): the same licence and
 * Zoom-app policy checks as a password sign-in, with the same 403 reasons.
 */
export async function admitUser(prisma: PrismaClient, ids: { userId: string; domainId: string }): Promise<SignedIn> {
  const check = await checkSessionUser(prisma, ids);
  if (!check) throw new AppError('UNAUTHENTICATED', 'This Gainsight user no longer exists.');
  if (check.refusal) throw check.refusal;
  return check.signedIn;
}
