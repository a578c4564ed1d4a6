import { apiTicketReplyRecordSchema, type ApiTicketReplyRecord } from '@c360/contracts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';
import { checkBy, RecordRefused, refusedAsOutcome } from './record-references.ts';
import type { RecordOutcome, RecordUpsert } from './upsert-batch.ts';
import { oneByOne } from './write-in-rounds.ts';
import { findTicket, upsertReply } from './upsert-tickets.ts';

/** The ticket a reply is of, by TicketExternalId in the domain. */
export async function ticketOfReply(db: Prisma.TransactionClient, domainId: string, record: ApiTicketReplyRecord): Promise<string> {
  const ticket = await findTicket(db, domainId, record.TicketExternalId);
  if (!ticket) throw new RecordRefused('TicketExternalId', 'No support ticket of your domain has this ExternalId: import the tickets first.');
  return ticket.id;
}

/** One reply of an import's support-ticket-replies file, in its own transaction: its ticket by TicketExternalId. */
function upsertOne(prisma: PrismaClient, domainId: string, record: ApiTicketReplyRecord): Promise<RecordOutcome> {
  return refusedAsOutcome(() =>
    prisma.$transaction(async (tx) => {
      return upsertReply(tx, domainId, await ticketOfReply(tx, domainId, record), record);
    }),
  );
}

/** How a ticket reply is imported (the domain API sends replies within their ticket). */
export const ticketReplyUpsert: RecordUpsert<typeof apiTicketReplyRecordSchema> = {
  endpoint: 'POST /api/v1/tickets',
  schema: apiTicketReplyRecordSchema,
  upsertMany: oneByOne(upsertOne, { field: 'SentAt', message: 'Another import wrote this reply at the same time: import it again.' }),
  check: checkBy(ticketOfReply),
};
