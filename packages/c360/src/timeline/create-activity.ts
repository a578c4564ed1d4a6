import { now } from '../clock/index.ts';
import { createActivitySchema, type Activity } from '@c360/contracts';
import { assertCan } from '../permissions/can.ts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';
import { activityInclude, toActivity } from './activity-view.ts';
import { allInOrder } from '../async/all-in-order.ts';
import { readActivityView } from './activity-view-sql.ts';
import { auditActivity, auditNewActivity } from './audit-activity.ts';
import { checkAttendees, resolveActivitySubject } from './check-activity-references.ts';
import { lockDraftKey, refuseDiscardedKey } from './discarded-draft-keys.ts';
import { parseInput } from '../errors/parse-input.ts';
import { sanitizeNotes } from './sanitize-notes.ts';
import type { Actor } from '../permissions/actor.ts';

export interface CreateActivityOptions {
  /** The client's `Idempotency-Key`: a retry with the same key returns the first activity. */
  idempotencyKey?: string | undefined;
}

async function findByKey(db: Prisma.TransactionClient, authorId: string, idempotencyKey: string): Promise<Activity | null> {
  const row = await db.activity.findUnique({ where: { authorId_idempotencyKey: { authorId, idempotencyKey } }, include: activityInclude });
  return row && toActivity(row);
}

/**
 * Logs or drafts an activity with its attendees, written together in one statement batch (a nested
 * create is one transaction). A create with an `Idempotency-Key` holds the key's lock: a concurrent retry
 * waits and then returns the first activity, and a key whose draft was discarded creates nothing (CONFLICT).
 * Its audit event is written in the same transaction.
 */
export async function createActivity(prisma: PrismaClient, actor: Actor, input: unknown, { idempotencyKey }: CreateActivityOptions = {}): Promise<Activity> {
  assertCan(actor, 'writeTimeline');
  const activity = parseInput(createActivitySchema, input);
  const { domainId } = actor;
  // Three independent reads, sent together.
  const [subject, internal, external] = await allInOrder([
    resolveActivitySubject(prisma, domainId, { companyId: activity.companyId ?? null, relationshipId: activity.relationshipId ?? null }),
    checkAttendees(prisma, domainId, { ...(activity.internalAttendeeIds && { internalAttendeeIds: activity.internalAttendeeIds }) }),
    checkAttendees(prisma, domainId, { ...(activity.externalPersonIds && { externalPersonIds: activity.externalPersonIds }) }),
  ] as const);
  const attendees = { ...internal, ...external };
  const activityDate = new Date(activity.activityDate);

  // The activity, then its attendees: Prisma's nested create would read the new row back once more.
  const write = async (db: Prisma.TransactionClient) => {
    const { id } = await db.activity.create({
      data: {
        domainId,
        type: activity.type,
        status: activity.status,
        subject: activity.subject,
        notes: sanitizeNotes(activity.notes),
        activityDate,
        durationMinutes: activity.durationMinutes ?? null,
        authorId: actor.id,
        ...subject,
        meetingUuid: activity.meetingUuid ?? null,
        source: 'ZOOM_SIDEBAR',
        idempotencyKey: idempotencyKey ?? null,
        loggedAt: activity.status === 'LOGGED' ? now() : null,
      },
      select: { id: true },
    });
    const internal = attendees.internalAttendeeIds ?? [];
    if (internal.length > 0) await db.activityInternalAttendee.createMany({ data: internal.map((userId) => ({ domainId, activityId: id, userId })) });
    const external = attendees.externalPersonIds ?? [];
    if (external.length > 0) await db.activityExternalAttendee.createMany({ data: external.map((personId) => ({ domainId, activityId: id, personId })) });
    return readActivityView(db, id);
  };
  const writeAudited = async (db: Prisma.TransactionClient) => {
    const written = await write(db);
    await auditNewActivity(db, actor, written);
    return written;
  };
  if (idempotencyKey === undefined) return prisma.$transaction(writeAudited);
  return prisma.$transaction(async (tx) => {
    await lockDraftKey(tx, actor.id, idempotencyKey);
    const existing = await findByKey(tx, actor.id, idempotencyKey);
    // A retry: the first create wrote the event, and auditActivity writes none for an activity that has one.
    if (existing) {
      await auditActivity(tx, actor, existing);
      return existing;
    }
    await refuseDiscardedKey(tx, actor.id, idempotencyKey);
    return writeAudited(tx);
  });
}
