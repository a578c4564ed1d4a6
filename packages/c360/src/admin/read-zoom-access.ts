import type { ZoomAccess } from '@c360/contracts';
import { AppError } from '../errors/app-error.ts';
import type { Actor } from '../permissions/actor.ts';
import { assertCan, can } from '../permissions/can.ts';
import type { PrismaClient } from '../store/prisma.ts';

/** The admin's Zoom-app access screen (tenant admins only): the domain's policy and every user of the domain. */
export async function readZoomAccess(prisma: Pick<PrismaClient, 'domain'>, admin: Actor): Promise<ZoomAccess> {
  assertCan(admin, 'administer');
  return zoomAccessOf(prisma, admin.domainId);
}

/** The domain's access screen as it is now (no permission check), also read back inside an update's transaction. */
export async function zoomAccessOf(prisma: Pick<PrismaClient, 'domain'>, domainId: string): Promise<ZoomAccess> {
  const domain = await prisma.domain.findUnique({
    where: { id: domainId },
    select: {
      zoomAccessPolicy: true,
      users: {
        select: { id: true, displayName: true, email: true, licence: true, zoomAppAllowed: true },
        orderBy: [{ displayName: 'asc' }, { id: 'asc' }],
      },
    },
  });
  if (!domain) throw new AppError('NOT_FOUND', 'This Gainsight domain no longer exists.');
  return {
    policy: domain.zoomAccessPolicy,
    users: domain.users.map((user) => ({
      ...user,
      licensed: can({ licence: user.licence, isAdmin: false }, 'signIn').allowed,
    })),
  };
}
