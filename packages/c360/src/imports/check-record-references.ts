import type { ApiActivityRecord, ApiCtaRecord, ApiRecordError, ApiTicketRecord, ApiTicketReplyRecord, ImportObject } from '@c360/contracts';
import { companyOfRecord, refusedAsOutcome } from '../domain-api/record-references.ts';
import { checkActivityReferences } from '../domain-api/upsert-activities.ts';
import { ctaReferences } from '../domain-api/upsert-ctas.ts';
import { ticketOfReply } from '../domain-api/upsert-ticket-replies.ts';
import type { PrismaClient } from '../store/prisma.ts';

type Check = (prisma: PrismaClient, domainId: string, record: never) => Promise<unknown>;

/** The objects whose records name others (a company, an owner, a ticket…): a dry run resolves them as the import will. */
const CHECKS: Partial<Record<ImportObject, Check>> = {
  ctas: (prisma, domainId, record: ApiCtaRecord) => ctaReferences(prisma, domainId, record),
  tickets: (prisma, domainId, record: ApiTicketRecord) => companyOfRecord(prisma, domainId, record),
  ticketReplies: (prisma, domainId, record: ApiTicketReplyRecord) => ticketOfReply(prisma, domainId, record),
  activities: (prisma, domainId, record: ApiActivityRecord) => checkActivityReferences(prisma, domainId, record),
};

/** A checked row's reference the domain does not have, as the import would refuse it; null when it has them all (or the object names none). */
export async function referenceErrorOf(
  prisma: PrismaClient,
  domainId: string,
  object: ImportObject,
  record: Record<string, unknown>,
): Promise<ApiRecordError | null> {
  const check = CHECKS[object];
  if (!check) return null;
  const outcome = await refusedAsOutcome(async () => {
    await check(prisma, domainId, record as never);
    return { status: 'unchanged' };
  });
  return outcome.errors?.[0] ?? null;
}
