import type { Activity } from '@c360/contracts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { Actor } from '../permissions/actor.ts';
import type { Prisma } from '../store/prisma.ts';

const firstEventTypeOf = (activity: Activity) => (activity.status === 'LOGGED' ? 'activity.logged' : 'activity.draft-saved');

/**
 * `activity.draft-saved` once per activity, when it is first saved as a draft, and `activity.logged` once,
 * when it becomes logged. The sidebar autosaves a draft every few seconds: an event per saved version
 * would bury the trail. A draft's first save is always its create (version 1; a logged activity never
 * becomes a draft again), so a later autosave is not even looked up. An event already written for the
 * activity is not written again, so a create retried with its `Idempotency-Key` leaves one event.
 * Runs inside the write's transaction: an activity is never saved without its event.
 */
export async function auditActivity(tx: Prisma.TransactionClient, actor: Actor, activity: Activity): Promise<void> {
  if (activity.status === 'DRAFT' && activity.version > 1) return;
  const type = firstEventTypeOf(activity);
  // Its event can only be newer than the activity: bounding the search by the activity's creation keeps it
  // to a short range of the (domainId, type, createdAt) index however long the audit trail grows.
  const { createdAt } = await tx.activity.findUniqueOrThrow({ where: { id: activity.id }, select: { createdAt: true } });
  const recorded = await tx.auditEvent.findFirst({
    where: { domainId: actor.domainId, type, createdAt: { gte: createdAt }, data: { path: ['activityId'], equals: activity.id } },
    select: { id: true },
  });
  if (recorded) return;
  await recordAuditEvent(tx, activityEvent(type, actor, activity));
}

/**
 * The first event of an activity created in this transaction: none can exist yet, so nothing is looked up
 * (the create's hot path; a retried create finds its activity and goes through `auditActivity`).
 */
export async function auditNewActivity(tx: Prisma.TransactionClient, actor: Actor, activity: Activity): Promise<void> {
  await recordAuditEvent(tx, activityEvent(firstEventTypeOf(activity), actor, activity));
}

/**
 * `activity.edited` for each edit of an already logged activity: what others read on the timeline changed,
 * so every version is on the trail (the sidebar does not autosave a logged activity: each is one Save).
 * Inside the write's transaction, like the events above.
 */
export async function auditLoggedEdit(tx: Prisma.TransactionClient, actor: Actor, activity: Activity): Promise<void> {
  await recordAuditEvent(tx, activityEvent('activity.edited', actor, activity));
}

/** An activity's audit event: who, on which subject and meeting, and which version of it. */
const activityEvent = (type: string, actor: Actor, activity: Activity) => ({
  type,
  domainId: actor.domainId,
  userId: actor.id,
  companyId: activity.companyId ?? null,
  relationshipId: activity.relationshipId ?? null,
  meetingUuid: activity.meetingUuid ?? null,
  data: { activityId: activity.id, version: activity.version, activityType: activity.type },
});
