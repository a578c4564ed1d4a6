import { apiTicketRecordSchema, type ApiTicketRecord, type ApiUpsertResult } from '@c360/contracts';
import type { ApiKeyCaller } from '../api-keys/authenticate-api-key.ts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';
import {
  checkAllBy,
  companyOfRecord,
  createOrUpdate,
  externalIdToStore,
  findByExternalId,
  readReferences,
  refusedAsOutcome,
  updatedWhen,
} from './record-references.ts';
import { upsertBatch, type RecordOutcome, type RecordUpsert } from './upsert-batch.ts';
import { oneByOne } from './write-in-rounds.ts';

type Db = Prisma.TransactionClient;
const at = (value: string | null) => (value === null ? null : new Date(value));

/** A support ticket of the domain by its ExternalId, or the store id an export wrote for it. */
export const findTicket = (db: Db, domainId: string, externalId: string) =>
  findByExternalId(
    externalId,
    (key) => db.supportTicket.findUnique({ where: { domainId_externalId: { domainId, externalId: key } } }),
    (id) => db.supportTicket.findFirst({ where: { id, domainId } }),
  );

/** A reply is its ticket's at one instant: found by (ticket, SentAt), its response time set. */
export async function upsertReply(db: Db, domainId: string, ticketId: string, reply: { SentAt: string; ResponseMinutes: number }): Promise<RecordOutcome> {
  const sentAt = new Date(reply.SentAt);
  const stored = await db.supportTicketReply.findFirst({ where: { ticketId, sentAt } });
  return createOrUpdate(
    stored,
    { responseMinutes: reply.ResponseMinutes },
    {
      create: (fields) => db.supportTicketReply.create({ data: { domainId, ticketId, sentAt, ...fields }, select: { id: true } }),
      update: (id, changed) => db.supportTicketReply.update({ where: { id }, data: changed }),
    },
  );
}

/** The ticket's replies become those sent: each upserted by its SentAt, the others removed. Whether any changed. */
async function replaceReplies(db: Db, domainId: string, ticketId: string, replies: NonNullable<ApiTicketRecord['Replies']>): Promise<boolean> {
  const sentAts = replies.map((reply) => new Date(reply.SentAt));
  const removed = await db.supportTicketReply.deleteMany({ where: { ticketId, sentAt: { notIn: sentAts } } });
  let changed = removed.count > 0;
  for (const reply of replies) changed = (await upsertReply(db, domainId, ticketId, reply)).status !== 'unchanged' || changed;
  return changed;
}

/**
 * One ticket in its own transaction, with its replies when it sends them (the Summary tab's ticket metrics
 * read them). A field left out stays as stored; a ticket whose replies changed is "updated".
 */
function upsertOne(prisma: PrismaClient, domainId: string, record: ApiTicketRecord): Promise<RecordOutcome> {
  return refusedAsOutcome(() =>
    prisma.$transaction(async (tx) => {
      const stored = await findTicket(tx, domainId, record.ExternalId);
      const fields: Prisma.SupportTicketUncheckedUpdateInput = {
        externalId: externalIdToStore(stored, record.ExternalId),
        companyId: await companyOfRecord(tx, domainId, record),
        subject: record.Subject,
        status: record.Status,
        createdAt: new Date(record.CreatedAt),
        ...(record.FirstResponseAt !== undefined && { firstResponseAt: at(record.FirstResponseAt) }),
        ...(record.ResolvedAt !== undefined && { resolvedAt: at(record.ResolvedAt) }),
        ...(record.Rating !== undefined && { rating: record.Rating }),
      };
      const outcome = await createOrUpdate(stored, fields, {
        create: (data) => tx.supportTicket.create({ data: { ...(data as Prisma.SupportTicketUncheckedCreateInput), domainId }, select: { id: true } }),
        update: (id, changed) => tx.supportTicket.update({ where: { id }, data: changed }),
      });
      return updatedWhen(outcome, record.Replies !== undefined && (await replaceReplies(tx, domainId, outcome.id!, record.Replies)));
    }),
  );
}

/** How a support ticket record is written, for the domain API and the import alike. */
export const ticketUpsert: RecordUpsert<typeof apiTicketRecordSchema> = {
  endpoint: 'POST /api/v1/tickets',
  schema: apiTicketRecordSchema,
  upsertMany: oneByOne(upsertOne, { field: 'ExternalId', message: 'Another request wrote a ticket with this ExternalId at the same time: send it again.' }),
  check: checkAllBy(
    (prisma, domainId, records) => readReferences(prisma, domainId, { companies: records }),
    (references, record) => references.companyOf(record),
  ),
};

/** `POST /api/v1/tickets`: upserts up to 50 support tickets (with replies and rating) of the key's domain by ExternalId. */
export const upsertTickets = (prisma: PrismaClient, caller: ApiKeyCaller, body: unknown): Promise<ApiUpsertResult> =>
  upsertBatch(prisma, caller, body, ticketUpsert);
