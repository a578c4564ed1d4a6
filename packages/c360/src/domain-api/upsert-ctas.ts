import { apiCtaRecordSchema, type ApiCtaRecord, type ApiUpsertResult } from '@c360/contracts';
import type { ApiKeyCaller } from '../api-keys/authenticate-api-key.ts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';
import {
  checkBy,
  companyOfRecord,
  createOrUpdate,
  externalIdToStore,
  findByExternalId,
  RecordRefused,
  refusedAsOutcome,
  relationshipOfRecord,
  usersByEmail,
} from './record-references.ts';
import { upsertBatch, type RecordOutcome, type RecordUpsert } from './upsert-batch.ts';
import { oneByOne } from './write-in-rounds.ts';

const day = (value: string) => new Date(`${value}T00:00:00.000Z`);

/** The timeline activity a CTA was created from, by its ExternalId (or store id) in the domain. */
async function activityOf(tx: Prisma.TransactionClient, domainId: string, externalId: string): Promise<string> {
  const activity = await findByExternalId(
    externalId,
    (key) => tx.activity.findUnique({ where: { domainId_externalId: { domainId, externalId: key } }, select: { id: true } }),
    (id) => tx.activity.findFirst({ where: { id, domainId }, select: { id: true } }),
  );
  if (!activity) throw new RecordRefused('ActivityExternalId', 'No timeline activity of your domain has this ExternalId.');
  return activity.id;
}

/** What a CTA names, resolved in the domain (also for an import's dry run): a reference it lacks refuses the record. */
export async function ctaReferences(db: Prisma.TransactionClient, domainId: string, record: ApiCtaRecord) {
  const companyId = await companyOfRecord(db, domainId, record);
  const [ownerId] = await usersByEmail(db, domainId, [record.OwnerEmail], 'OwnerEmail');
  return {
    companyId,
    relationshipId: await relationshipOfRecord(db, companyId, record.RelationshipName),
    ownerId,
    ...(record.ActivityExternalId !== undefined && { activityId: await activityOf(db, domainId, record.ActivityExternalId) }),
  };
}

/**
 * One CTA in its own transaction, found by ExternalId (or the store id an export wrote): its company and
 * relationship, owner and activity resolved in the domain. A field left out stays as stored (a new CTA gets
 * the store's default); the relationship is part of what the CTA is about, so leaving it out means the company's.
 */
function upsertOne(prisma: PrismaClient, domainId: string, record: ApiCtaRecord): Promise<RecordOutcome> {
  return refusedAsOutcome(() =>
    prisma.$transaction(async (tx) => {
      const stored = await findByExternalId(
        record.ExternalId,
        (externalId) => tx.cta.findUnique({ where: { domainId_externalId: { domainId, externalId } } }),
        (id) => tx.cta.findFirst({ where: { id, domainId } }),
      );
      const fields: Prisma.CtaUncheckedUpdateInput = {
        externalId: externalIdToStore(stored, record.ExternalId),
        ...(await ctaReferences(tx, domainId, record)),
        subject: record.Subject,
        dueDate: day(record.DueDate),
        ...(record.Type !== undefined && { type: record.Type }),
        ...(record.Reason !== undefined && { reason: record.Reason }),
        ...(record.Priority !== undefined && { priority: record.Priority }),
        ...(record.Status !== undefined && { status: record.Status }),
        ...(record.CreatedAt !== undefined && { createdAt: new Date(record.CreatedAt) }),
        ...(record.ClosedAt !== undefined && { closedAt: record.ClosedAt === null ? null : new Date(record.ClosedAt) }),
      };
      return createOrUpdate(stored, fields, {
        create: (data) => tx.cta.create({ data: { ...(data as Prisma.CtaUncheckedCreateInput), domainId }, select: { id: true } }),
        update: (id, changed) => tx.cta.update({ where: { id }, data: changed }),
      });
    }),
  );
}

/** How a CTA record is written, for the domain API and the import alike. */
export const ctaUpsert: RecordUpsert<typeof apiCtaRecordSchema> = {
  endpoint: 'POST /api/v1/ctas',
  schema: apiCtaRecordSchema,
  upsertMany: oneByOne(upsertOne, { field: 'ExternalId', message: 'Another request wrote a CTA with this ExternalId at the same time: send it again.' }),
  check: checkBy(ctaReferences),
};

/** `POST /api/v1/ctas`: upserts up to 50 CTAs of the key's domain by ExternalId, each answered on its own. */
export const upsertCtas = (prisma: PrismaClient, caller: ApiKeyCaller, body: unknown): Promise<ApiUpsertResult> => upsertBatch(prisma, caller, body, ctaUpsert);
