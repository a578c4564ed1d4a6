import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { Actor } from '../permissions/actor.ts';
import type { PrismaClient } from '../store/prisma.ts';

/** A CTA as its audit events name it: where it is filed, and the activity it follows up, if any. */
export interface AuditedCta {
  id: string;
  companyId: string;
  relationshipId: string | null;
  activityId: string | null;
  meetingUuid?: string | null;
}

/** Records a `cta.*` event of the actor's on the CTA, in the caller's transaction. */
export async function auditCta(tx: Pick<PrismaClient, 'auditEvent'>, actor: Actor, type: string, cta: AuditedCta): Promise<void> {
  await recordAuditEvent(tx, {
    type,
    domainId: actor.domainId,
    userId: actor.id,
    companyId: cta.companyId,
    relationshipId: cta.relationshipId,
    ...(cta.meetingUuid === undefined ? {} : { meetingUuid: cta.meetingUuid }),
    data: { ctaId: cta.id, ...(cta.activityId === null ? {} : { activityId: cta.activityId }) },
  });
}
