import { isAppError, type AppError } from '../errors/app-error.ts';
import { assertCan } from '../permissions/can.ts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';
import type { SignedIn } from './sign-in.ts';
import { toSignedIn, type signedInUserSelect } from './signed-in-user.ts';
import { assertZoomAppAccess } from './zoom-app-access.ts';

export interface SessionUserCheck {
  signedIn: SignedIn;
  /** Why the user may no longer use the Zoom app (licence or admin policy); undefined when they may. */
  refusal: AppError | undefined;
}

type SignedInUserRow = Prisma.UserGetPayload<{ select: typeof signedInUserSelect }>;
type DomainRow = SignedInUserRow['domain'];

/** The user and their domain side by side, as one statement answers them. */
type SessionUserRow = Omit<SignedInUserRow, 'domain'> & {
  domainHost: DomainRow['host'];
  domainName: DomainRow['name'];
  environment: DomainRow['environment'];
  dataCenter: DomainRow['dataCenter'];
  new360: DomainRow['new360'];
  zoomAccessPolicy: DomainRow['zoomAccessPolicy'];
};

/**
 * A session's Gainsight user as the store has them now, so licence and policy changes apply at the next
 * request. Null when the user no longer exists in that domain. Every Gainsight route asks this first, so it
 * is one statement (the user joined to the domain), where Prisma's nested select sends two.
 */
export async function checkSessionUser(prisma: PrismaClient, ids: { userId: string; domainId: string }): Promise<SessionUserCheck | null> {
  const [found] = await prisma.$queryRaw<SessionUserRow[]>`
    SELECT u.id, u.username, u."displayName", u.email, u.licence::text AS licence, u."isAdmin", u."zoomAppAllowed",
      d.host AS "domainHost", d.name AS "domainName", d.environment::text AS environment, d."dataCenter"::text AS "dataCenter",
      d.new360, d."zoomAccessPolicy"::text AS "zoomAccessPolicy"
    FROM "User" u JOIN "Domain" d ON d.id = u."domainId"
    WHERE u.id = ${ids.userId}::uuid AND u."domainId" = ${ids.domainId}::uuid`;
  if (!found) return null;
  const { domainHost, domainName, environment, dataCenter, new360, zoomAccessPolicy, ...user } = found;
  const row: SignedInUserRow = {
    ...user,
    domain: { id: ids.domainId, host: domainHost, name: domainName, environment, dataCenter, new360, zoomAccessPolicy },
  };
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
