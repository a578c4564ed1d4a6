import { now } from '../clock/index.ts';
import { isUuid, updateCtaSchema, type Cta, type CtaStatus } from '@c360/contracts';
import { AppError } from '../errors/app-error.ts';
import { parseInput } from '../errors/parse-input.ts';
import { assertCan } from '../permissions/can.ts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';
import type { Actor } from '../permissions/actor.ts';
import { auditCta } from './audit-cta.ts';
import { earliestDueDateOf, todayOf } from './cta-clock.ts';
import { checkDueDate, checkOwner } from './cta-references.ts';
import { readCtaView } from './cta-view.ts';

const AUDIT_TYPES: Record<CtaStatus, string> = { CLOSED: 'cta.closed', OPEN: 'cta.reopened' };

/**
 * Moves the status when it differs, in one conditional statement: of two concurrent closes only one
 * changes the row, so only one `cta.closed` is recorded.
 */
async function changeStatus(tx: Prisma.TransactionClient, id: string, status: CtaStatus, at: Date): Promise<boolean> {
  const { count } = await tx.cta.updateMany({
    where: { id, status: { not: status } },
    data: { status, closedAt: status === 'CLOSED' ? at : null },
  });
  return count === 1;
}

/**
 * Closes or reopens a CTA of the actor's domain (closedAt set or cleared), and optionally reschedules,
 * reprioritises or reassigns it. Full licence only; another domain's CTA answers 404.
 */
export async function updateCta(prisma: PrismaClient, actor: Actor, id: string, input: unknown): Promise<Cta> {
  assertCan(actor, 'manageCtas');
  const { status, ...fields } = parseInput(updateCtaSchema, input);
  const at = now();
  if (fields.dueDate !== undefined) checkDueDate(fields.dueDate, earliestDueDateOf(at));
  if (fields.ownerId !== undefined) await checkOwner(prisma, actor, fields.ownerId);
  const found = isUuid(id)
    ? await prisma.cta.findFirst({ where: { id, domainId: actor.domainId }, select: { companyId: true, relationshipId: true, activityId: true } })
    : null;
  if (!found) throw new AppError('NOT_FOUND', 'No such CTA.');

  return prisma.$transaction(async (tx) => {
    const { dueDate, ...others } = fields;
    if (Object.keys(fields).length > 0) {
      await tx.cta.update({ where: { id }, data: { ...others, ...(dueDate === undefined ? {} : { dueDate: new Date(`${dueDate}T00:00:00Z`) }) } });
    }
    if (status !== undefined && (await changeStatus(tx, id, status, at))) {
      await auditCta(tx, actor, AUDIT_TYPES[status], { ...found, id });
    }
    return readCtaView(tx, actor, id, todayOf(at));
  });
}
