import { recordAuditEvent, type SignedIn } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import type { Activity } from '@c360/contracts';

/**
 * `activity.draft-saved` for each saved version of a draft, `activity.logged` once per activity. An
 * event already written for the same activity (and version) is not written again, so a create retried
 * with its `Idempotency-Key` leaves one event.
 */
export async function auditActivity(prisma: PrismaClient, { user, domain }: SignedIn, activity: Activity): Promise<void> {
  const type = activity.status === 'LOGGED' ? 'activity.logged' : 'activity.draft-saved';
  const sameEvent = [
    { data: { path: ['activityId'], equals: activity.id } },
    ...(type === 'activity.draft-saved' ? [{ data: { path: ['version'], equals: activity.version } }] : []),
  ];
  const recorded = await prisma.auditEvent.findFirst({ where: { domainId: domain.id, type, AND: sameEvent }, select: { id: true } });
  if (recorded) return;
  await recordAuditEvent(prisma, {
    type,
    domainId: domain.id,
    userId: user.id,
    companyId: activity.companyId ?? null,
    relationshipId: activity.relationshipId ?? null,
    meetingUuid: activity.meetingUuid ?? null,
    data: { activityId: activity.id, version: activity.version, activityType: activity.type },
  });
}
