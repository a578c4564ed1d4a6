import type { CreateCta } from '@c360/contracts';
import { AppError } from '../errors/app-error.ts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';
import { resolveActivitySubject } from '../timeline/check-activity-references.ts';
import { visibleTo } from '../timeline/find-visible-activity.ts';
import type { Actor } from '../permissions/actor.ts';

type Db = PrismaClient | Prisma.TransactionClient;

export const invalidCta = (path: string, message: string) => new AppError('VALIDATION', 'Some fields are not valid.', { errors: [{ path, message }] });

export interface CtaSubject {
  companyId: string;
  relationshipId: string | null;
  activityId: string | null;
  meetingUuid: string | null;
}

/**
 * What a new CTA is about. From an activity, the activity's company and relationship (an activity the
 * actor cannot see answers 404, as if absent); a company or relationship named as well must be the
 * activity's. Otherwise the company or relationship of the actor's domain, a relationship's with its company.
 */
export async function resolveCtaSubject(prisma: Db, actor: Actor, cta: CreateCta): Promise<CtaSubject> {
  if (cta.activityId === undefined) {
    const subject = await resolveActivitySubject(prisma, actor.domainId, { companyId: cta.companyId ?? null, relationshipId: cta.relationshipId ?? null });
    return { ...subject, activityId: null, meetingUuid: null };
  }
  const activity = await prisma.activity.findFirst({
    where: { id: cta.activityId, ...visibleTo(actor) },
    select: { companyId: true, relationshipId: true, meetingUuid: true },
  });
  if (!activity?.companyId) {
    throw new AppError('NOT_FOUND', 'No such activity.', { errors: [{ path: 'activityId', message: 'No such activity in your Gainsight domain.' }] });
  }
  if (cta.companyId !== undefined && cta.companyId !== activity.companyId) throw invalidCta('companyId', 'The activity belongs to another company.');
  if (cta.relationshipId !== undefined && cta.relationshipId !== activity.relationshipId) {
    throw invalidCta('relationshipId', 'The activity belongs to another relationship.');
  }
  return { companyId: activity.companyId, relationshipId: activity.relationshipId, activityId: cta.activityId, meetingUuid: activity.meetingUuid };
}

/** An owner must be a user of the actor's domain. */
export async function checkOwner(prisma: Db, actor: Actor, ownerId: string): Promise<void> {
  if (ownerId === actor.id) return;
  const owner = await prisma.user.findFirst({ where: { id: ownerId, domainId: actor.domainId }, select: { id: true } });
  if (!owner) throw invalidCta('ownerId', 'Choose a user of your own domain.');
}

/** A due date chosen now may be today (in any time zone) or later, never in the past. */
export function checkDueDate(dueDate: string, earliest: string): void {
  if (dueDate < earliest) throw invalidCta('dueDate', 'Choose today or a later date.');
}
