import type { Prisma, PrismaClient } from '../store/prisma.ts';

export interface AuditEventInput {
  /** e.g. `sign-in`, `sign-out`, `admin.zoom-access.updated`. */
  type: string;
  domainId: string;
  userId?: string | null;
  companyId?: string | null;
  relationshipId?: string | null;
  meetingUuid?: string | null;
  data?: Prisma.InputJsonObject;
}

/** Appends one event to the domain's audit trail. Accepts a transaction client as well. */
export async function recordAuditEvent(prisma: Pick<PrismaClient, 'auditEvent'>, event: AuditEventInput): Promise<void> {
  await prisma.auditEvent.create({ data: event });
}
