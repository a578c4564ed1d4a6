import { now } from '../clock/index.ts';
import { createCtaSchema, FOLLOW_UP_PREFIX, type Cta } from '@c360/contracts';
import { runIdempotent, type IdempotencyOptions } from '../idempotency/run-idempotent.ts';
import { parseInput } from '../errors/parse-input.ts';
import { assertCan } from '../permissions/can.ts';
import type { PrismaClient } from '../store/prisma.ts';
import type { Actor } from '../permissions/actor.ts';
import { auditCta } from './audit-cta.ts';
import { earliestDueDateOf, todayOf } from './cta-clock.ts';
import { checkDueDate, checkOwner, resolveCtaSubject } from './cta-references.ts';
import { readCtaView } from './cta-view.ts';

/**
 * Creates a CTA: a follow-up task as Gainsight does from a timeline activity (an Activity-type CTA
 * "To-Do: <task>" linked to the activity), or a CTA of its own on a company or relationship ("New CTA",
 * with its type and reason). Owned by the actor unless they chose another user of their domain. Full
 * licence only. The CTA and its `cta.created` audit event are written together; a retry with the same
 * `Idempotency-Key` answers the first CTA.
 */
export async function createCta(prisma: PrismaClient, actor: Actor, input: unknown, { idempotencyKey }: IdempotencyOptions = {}): Promise<Cta> {
  assertCan(actor, 'manageCtas');
  const cta = parseInput(createCtaSchema, input);
  const at = now();
  checkDueDate(cta.dueDate, earliestDueDateOf(at));
  const ownerId = cta.ownerId ?? actor.id;
  const [subject] = await Promise.all([resolveCtaSubject(prisma, actor, cta), checkOwner(prisma, actor, ownerId)]);
  const { domainId } = actor;

  const idempotent = { userId: actor.id, domainId, key: idempotencyKey, operation: 'cta.create', request: cta };
  return runIdempotent(prisma, idempotent, async (tx) => {
    const { id } = await tx.cta.create({
      data: {
        domainId,
        companyId: subject.companyId,
        relationshipId: subject.relationshipId,
        activityId: subject.activityId,
        type: cta.type,
        subject: subject.activityId === null ? cta.subject : `${FOLLOW_UP_PREFIX}${cta.subject}`,
        reason: cta.reason ?? null,
        priority: cta.priority,
        ownerId,
        dueDate: new Date(`${cta.dueDate}T00:00:00Z`),
        createdAt: at,
      },
      select: { id: true },
    });
    await auditCta(tx, actor, 'cta.created', { ...subject, id });
    return readCtaView(tx, actor, id, todayOf(at));
  });
}
