import type { UpdateZoomAccess, ZoomAccess } from '@c360/contracts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { AppError } from '../errors/app-error.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { readZoomAccess } from './read-zoom-access.ts';

/**
 * Sets the domain's Zoom-app policy. For SELECTED_USERS exactly the listed users are allowed; the other
 * policies leave the list alone, so switching back to SELECTED_USERS later starts from the last choice.
 * Sessions read the policy on every request, so existing ones follow at their next request.
 */
export async function updateZoomAccess(
  prisma: PrismaClient,
  admin: { userId: string; domainId: string },
  input: UpdateZoomAccess,
): Promise<ZoomAccess> {
  const { domainId } = admin;
  const allowedUserIds = [...new Set(input.allowedUserIds)];
  return prisma.$transaction(async (tx) => {
    const known = await tx.user.count({ where: { domainId, id: { in: allowedUserIds } } });
    if (known !== allowedUserIds.length) {
      throw new AppError('VALIDATION', 'Some of the chosen users are not users of this domain.', {
        errors: [{ path: 'allowedUserIds', message: 'Choose users of your own domain.' }],
      });
    }
    await tx.domain.update({ where: { id: domainId }, data: { zoomAccessPolicy: input.policy } });
    if (input.policy === 'SELECTED_USERS') {
      await tx.user.updateMany({ where: { domainId, id: { in: allowedUserIds } }, data: { zoomAppAllowed: true } });
      await tx.user.updateMany({ where: { domainId, id: { notIn: allowedUserIds } }, data: { zoomAppAllowed: false } });
    }
    await recordAuditEvent(tx, {
      type: 'admin.zoom-access.updated',
      domainId,
      userId: admin.userId,
      data: { policy: input.policy, allowedUserIds },
    });
    return readZoomAccess(tx, domainId);
  });
}
