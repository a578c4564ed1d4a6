import { now } from '../clock/index.ts';
import { updateActivitySchema, type Activity, type UpdateActivity } from '@c360/contracts';
import { AppError } from '../errors/app-error.ts';
import { assertCan } from '../permissions/can.ts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';
import { activityInclude, toActivity, type ActivityRow } from './activity-view.ts';
import { auditActivity, auditLoggedEdit } from './audit-activity.ts';
import { staleActivity } from './stale-activity.ts';
import { checkAttendees, resolveActivitySubject } from './check-activity-references.ts';
import { findVisibleActivity } from './find-visible-activity.ts';
import { parseEdit, type EditOptions } from '../errors/parse-edit.ts';
import { sanitizeNotes } from './sanitize-notes.ts';
import type { Actor } from '../permissions/actor.ts';

/** The subject after the edit: moving to another company drops the relationship unless one is given. */
function nextSubject(current: ActivityRow, patch: UpdateActivity) {
  if (patch.companyId === undefined && patch.relationshipId === undefined) return undefined;
  const relationshipId = patch.relationshipId ?? (patch.companyId === undefined || patch.companyId === current.companyId ? current.relationshipId : null);
  return { companyId: patch.companyId ?? (patch.relationshipId === undefined ? current.companyId : null), relationshipId };
}

/**
 * Edits an activity. Only its author may; the edit must start from the current version (a stale one is a
 * CONFLICT carrying the current activity), and a logged activity cannot go back to being a draft.
 * Its audit event (when it becomes logged, and each edit once logged) is written in the same transaction.
 */
export async function updateActivity(prisma: PrismaClient, actor: Actor, activityId: string, input: unknown, options: EditOptions = {}): Promise<Activity> {
  assertCan(actor, 'writeTimeline');
  const patch = parseEdit(updateActivitySchema, input, options);
  const { domainId } = actor;

  return prisma.$transaction(async (tx) => {
    const current = await findVisibleActivity(tx, actor, activityId);
    if (current.authorId !== actor.id) throw new AppError('FORBIDDEN', 'Only the author of an activity can edit it.');
    if (current.version !== patch.version) throw staleActivity(current);
    if (current.status === 'LOGGED' && patch.status === 'DRAFT') {
      throw new AppError('VALIDATION', 'A logged activity cannot become a draft again.', {
        errors: [{ path: 'status', message: 'A logged activity stays logged.' }],
      });
    }
    const subjectIds = nextSubject(current, patch);
    const subject = subjectIds && (await resolveActivitySubject(tx, domainId, subjectIds));
    const attendees = await checkAttendees(tx, domainId, patch);

    const data: Prisma.ActivityUncheckedUpdateManyInput = {
      version: { increment: 1 },
      ...(patch.type === undefined ? {} : { type: patch.type }),
      ...(patch.status === undefined ? {} : { status: patch.status }),
      ...(patch.status === 'LOGGED' && current.status === 'DRAFT' ? { loggedAt: now() } : {}),
      ...(patch.subject === undefined ? {} : { subject: patch.subject }),
      ...(patch.notes === undefined ? {} : { notes: sanitizeNotes(patch.notes) }),
      ...(patch.activityDate === undefined ? {} : { activityDate: new Date(patch.activityDate) }),
      ...(patch.durationMinutes === undefined ? {} : { durationMinutes: patch.durationMinutes }),
      ...(patch.meetingUuid === undefined ? {} : { meetingUuid: patch.meetingUuid }),
      ...subject,
    };
    // The version in the WHERE makes the check and the write one step, even against a concurrent edit.
    const { count } = await tx.activity.updateMany({ where: { id: current.id, version: patch.version }, data });
    if (count === 0) throw staleActivity(await tx.activity.findUniqueOrThrow({ where: { id: current.id }, include: activityInclude }));

    if (attendees.internalAttendeeIds) {
      await tx.activityInternalAttendee.deleteMany({ where: { activityId: current.id } });
      await tx.activityInternalAttendee.createMany({ data: attendees.internalAttendeeIds.map((userId) => ({ domainId, activityId: current.id, userId })) });
    }
    if (attendees.externalPersonIds) {
      await tx.activityExternalAttendee.deleteMany({ where: { activityId: current.id } });
      await tx.activityExternalAttendee.createMany({ data: attendees.externalPersonIds.map((personId) => ({ domainId, activityId: current.id, personId })) });
    }
    const updated = toActivity(await tx.activity.findUniqueOrThrow({ where: { id: current.id }, include: activityInclude }));
    if (current.status === 'LOGGED') await auditLoggedEdit(tx, actor, updated);
    else await auditActivity(tx, actor, updated);
    return updated;
  });
}
