import { isAppError, type AppError } from '../errors/app-error.ts';
import { assertCan } from '../permissions/can.ts';
import type { PrismaClient } from '../store/prisma.ts';
import type { SignedIn } from './sign-in.ts';
import { signedInUserSelect, toSignedIn } from './signed-in-user.ts';
import { assertZoomAppAccess } from './zoom-app-access.ts';

export interface SessionUserCheck {
  signedIn: SignedIn;
  /** Why the user may no longer use the Zoom app (licence or admin policy); undefined when they may. */
  refusal: AppError | undefined;
}

/**
 * A session's Gainsight user as the store has them now, so licence and policy changes apply at the next
 * request. Null when the user no longer exists in that domain.
 */
export async function checkSessionUser(prisma: PrismaClient, ids: { userId: string; domainId: string }): Promise<SessionUserCheck | null> {
  const row = await prisma.user.findFirst({
    where: { id: ids.userId, domainId: ids.domainId },
    select: signedInUserSelect,
  });
  if (!row) return null;
  return { signedIn: toSignedIn(row), refusal: refusalOf(row) };
}

function refusalOf(subject: Parameters<typeof assertCan>[0] & Parameters<typeof assertZoomAppAccess>[0]): AppError | undefined {
  try {
    assertCan(subject, 'signIn');
    assertZoomAppAccess(subject);
    return undefined;
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
}
