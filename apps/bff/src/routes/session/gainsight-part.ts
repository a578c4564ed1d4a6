import { checkSessionUser, permissionsOf } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import type { SessionView } from '@c360/contracts';
import type { Session } from '../../session/index.ts';

type GainsightPart = Pick<SessionView, 'gainsight' | 'refused'>;

/**
 * The signed-in Gainsight user, read fresh from the store. A user the licence or the admin's policy no
 * longer admits shows as signed out, with the reason for the sidebar to show.
 */
export async function gainsightPart(session: Session, prisma: PrismaClient): Promise<GainsightPart> {
  const { userId, domainId } = session;
  if (userId === null || domainId === null) return { gainsight: null };
  const check = await checkSessionUser(prisma, { userId, domainId });
  if (!check) return { gainsight: null };
  if (check.refusal) return { gainsight: null, refused: { reason: check.refusal.message } };
  const { user, domain } = check.signedIn;
  const { zoomAccessPolicy: _policy, ...domainView } = domain;
  return { gainsight: { user, domain: domainView, permissions: permissionsOf(user) } };
}
