import { apiCtaRecordSchema, type ApiCtaRecord, type ApiUpsertResult } from '@c360/contracts';
import type { ApiKeyCaller } from '../api-keys/authenticate-api-key.ts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';
import {
  checkAllBy,
  createOrUpdate,
  distinct,
  externalIdToStore,
  findByExternalId,
  mayBeStoreId,
  readReferences,
  RecordRefused,
  referencesIn,
  refusedAsOutcome,
  type References,
} from './record-references.ts';
import { upsertBatch, type RecordOutcome, type RecordUpsert } from './upsert-batch.ts';
import { oneByOne } from './write-in-rounds.ts';

const day = (value: string) => new Date(`${value}T00:00:00.000Z`);

/** What a CTA names: its company, relationship and owner, and the timeline activity it was created from. */
type CtaReferences = References & { activityOf(externalId: string): Promise<string> };

const activityFound = (activity: { id: string } | null): string => {
  if (!activity) throw new RecordRefused('ActivityExternalId', 'No timeline activity of your domain has this ExternalId.');
  return activity.id;
};

/** A CTA's references in the store, inside its transaction. */
const ctaReferencesIn = (tx: Prisma.TransactionClient, domainId: string): CtaReferences => ({
  ...referencesIn(tx, domainId),
  activityOf: async (externalId) =>
    activityFound(
      await findByExternalId(
        externalId,
        (key) => tx.activity.findUnique({ where: { domainId_externalId: { domainId, externalId: key } }, select: { id: true } }),
        (id) => tx.activity.findFirst({ where: { id, domainId }, select: { id: true } }),
      ),
    ),
});

/** The references of many CTAs (a dry run's rows), each kind read in one statement. */
async function readCtaReferences(prisma: PrismaClient, domainId: string, records: readonly ApiCtaRecord[]): Promise<CtaReferences> {
  const references = await readReferences(prisma, domainId, {
    companies: records,
    relationshipNames: records.map((record) => record.RelationshipName),
    userEmails: records.map((record) => record.OwnerEmail),
  });
  const named = distinct(records.map((record) => record.ActivityExternalId));
  const activities =
    named.length === 0
      ? []
      : await prisma.$queryRaw<Array<{ id: string; externalId: string | null }>>`
          SELECT "id"::text AS "id", "externalId" FROM "Activity"
          WHERE "domainId" = ${domainId}::uuid
            AND ("externalId" = ANY(${named}::text[]) OR "id" = ANY(${named.filter(mayBeStoreId)}::uuid[]))`;
  const byExternalId = new Map(activities.map((activity) => [activity.externalId, activity]));
  const byId = new Map(activities.map((activity) => [activity.id, activity]));
  return {
    ...references,
    activityOf: async (externalId) =>
      activityFound(
        await findByExternalId(
          externalId,
          async (key) => byExternalId.get(key) ?? null,
          async (id) => byId.get(id.toLowerCase()) ?? null,
        ),
      ),
  };
}

/** What a CTA names, resolved in the domain: a reference it lacks refuses the record. */
async function ctaReferences(references: CtaReferences, record: ApiCtaRecord) {
  const companyId = await references.companyOf(record);
  const [ownerId] = await references.usersByEmail([record.OwnerEmail], 'OwnerEmail');
  return {
    companyId,
    relationshipId: await references.relationshipOf(companyId, record.RelationshipName),
    ownerId,
    ...(record.ActivityExternalId !== undefined && { activityId: await references.activityOf(record.ActivityExternalId) }),
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
        ...(await ctaReferences(ctaReferencesIn(tx, domainId), record)),
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
  check: checkAllBy(readCtaReferences, ctaReferences),
};

/** `POST /api/v1/ctas`: upserts up to 50 CTAs of the key's domain by ExternalId, each answered on its own. */
export const upsertCtas = (prisma: PrismaClient, caller: ApiKeyCaller, body: unknown): Promise<ApiUpsertResult> => upsertBatch(prisma, caller, body, ctaUpsert);
