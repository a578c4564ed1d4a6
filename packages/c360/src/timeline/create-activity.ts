import { now } from '../clock/index.ts';
import { createActivitySchema, type Activity, type CreateActivityInput } from '@c360/contracts';
import { assertCan } from '../permissions/can.ts';
import { Prisma, type PrismaClient } from '../store/prisma.ts';
import { activityInclude, toActivity } from './activity-view.ts';
import { checkAttendees, resolveActivitySubject } from './check-activity-references.ts';
import { parseInput } from '../errors/parse-input.ts';
import { sanitizeNotes } from './sanitize-notes.ts';
import type { TimelineActor } from './timeline-actor.ts';

export interface CreateActivityOptions {
  /** The client's `Idempotency-Key`: a retry with the same key returns the first activity. */
  idempotencyKey?: string | undefined;
}

async function findByKey(prisma: PrismaClient, authorId: string, idempotencyKey: string): Promise<Activity | null> {
  const row = await prisma.activity.findUnique({ where: { authorId_idempotencyKey: { authorId, idempotencyKey } }, include: activityInclude });
  return row && toActivity(row);
}

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

/**
 * Logs or drafts an activity with its attendees, written together in one statement batch (a nested
 * create is one transaction). Concurrent retries with the same key race on the unique (author, key)
 * constraint: the loser re-reads the winner's activity.
 */
export async function createActivity(
  prisma: PrismaClient,
  actor: TimelineActor,
  input: CreateActivityInput,
  { idempotencyKey }: CreateActivityOptions = {},
): Promise<Activity> {
  assertCan(actor, 'writeTimeline');
  const activity = parseInput(createActivitySchema, input);
  if (idempotencyKey !== undefined) {
    const existing = await findByKey(prisma, actor.id, idempotencyKey);
    if (existing) return existing;
  }

  const { domainId } = actor;
  const subject = await resolveActivitySubject(prisma, domainId, {
    companyId: activity.companyId ?? null,
    relationshipId: activity.relationshipId ?? null,
  });
  const attendees = await checkAttendees(prisma, domainId, activity);
  const activityDate = new Date(activity.activityDate);

  try {
    const row = await prisma.activity.create({
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
        internalAttendees: { createMany: { data: (attendees.internalAttendeeIds ?? []).map((userId) => ({ domainId, userId })) } },
        externalAttendees: { createMany: { data: (attendees.externalPersonIds ?? []).map((personId) => ({ domainId, personId })) } },
      },
      include: activityInclude,
    });
    return toActivity(row);
  } catch (error) {
    if (idempotencyKey !== undefined && isUniqueViolation(error)) {
      const existing = await findByKey(prisma, actor.id, idempotencyKey);
      if (existing) return existing;
    }
    throw error;
  }
}
