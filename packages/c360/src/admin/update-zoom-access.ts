import { updateZoomAccessSchema, type ZoomAccess } from '@c360/contracts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { AppError } from '../errors/app-error.ts';
import { parseInput } from '../errors/parse-input.ts';
import type { Actor } from '../permissions/actor.ts';
import { assertCan } from '../permissions/can.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { zoomAccessOf } from './read-zoom-access.ts';

/**
 * Sets the domain's Zoom-app policy (tenant admins only; the check comes before the input is read). For SELECTED_USERS exactly the listed users are allowed; the other
 * policies leave the list alone, so switching back to SELECTED_USERS later starts from the last choice.
 * Sessions read the policy on every request, so existing ones follow at their next request.
 */
export async function updateZoomAccess(prisma: PrismaClient, admin: Actor, body: unknown): Promise<ZoomAccess> {
  assertCan(admin, 'administer');
  const input = parseInput(updateZoomAccessSchema, body);
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
      userId: admin.id,
      data: { policy: input.policy, allowedUserIds },
    });
    return zoomAccessOf(tx, domainId);
  });
}
