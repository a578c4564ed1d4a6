import { apiActivityRecordSchema, type ApiActivityRecord, type ApiUpsertResult } from '@c360/contracts';
import type { ApiKeyCaller } from '../api-keys/authenticate-api-key.ts';
import { now } from '../clock/index.ts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';
import { sanitizeNotes } from '../timeline/sanitize-notes.ts';
import {
  checkAllBy,
  createOrUpdate,
  externalIdToStore,
  findByExternalId,
  peopleByEmail,
  readReferences,
  RecordRefused,
  referencesIn,
  refusedAsOutcome,
  updatedWhen,
  usersByEmail,
  type References,
} from './record-references.ts';
import { upsertBatch, type RecordOutcome, type RecordUpsert } from './upsert-batch.ts';
import { oneByOne } from './write-in-rounds.ts';

type Db = Prisma.TransactionClient;

/** The company and relationship an activity is on and its author, resolved in the domain. */
async function activitySubject(references: References, record: ApiActivityRecord) {
  const companyId = await references.companyOf(record);
  const [authorId] = await references.usersByEmail([record.AuthorEmail], 'AuthorEmail');
  return { companyId, relationshipId: await references.relationshipOf(companyId, record.RelationshipName), authorId };
}

/** Everything an activity names, for an import's dry run: a reference the domain lacks refuses the record. */
async function checkActivityReferences(references: References, record: ApiActivityRecord): Promise<void> {
  await activitySubject(references, record);
  if (record.InternalAttendees) await references.usersByEmail(record.InternalAttendees, 'InternalAttendees');
  if (record.ExternalAttendees) await references.peopleByEmail(record.ExternalAttendees, 'ExternalAttendees');
}

/** The references of many activities (a dry run's rows), each kind read in one statement. */
const readActivityReferences = (prisma: PrismaClient, domainId: string, records: readonly ApiActivityRecord[]): Promise<References> =>
  readReferences(prisma, domainId, {
    companies: records,
    relationshipNames: records.map((record) => record.RelationshipName),
    userEmails: records.flatMap((record) => [record.AuthorEmail, ...(record.InternalAttendees ?? [])]),
    personEmails: records.flatMap((record) => record.ExternalAttendees ?? []),
  });

/** The activity's attendees become those sent (users and people by e-mail); whether any changed. */
async function replaceAttendees(db: Db, domainId: string, activityId: string, record: ApiActivityRecord): Promise<boolean> {
  let changed = false;
  if (record.InternalAttendees !== undefined) {
    const userIds = await usersByEmail(db, domainId, record.InternalAttendees, 'InternalAttendees');
    const removed = await db.activityInternalAttendee.deleteMany({ where: { activityId, userId: { notIn: userIds } } });
    const added = await db.activityInternalAttendee.createMany({ data: userIds.map((userId) => ({ domainId, activityId, userId })), skipDuplicates: true });
    changed = removed.count + added.count > 0;
  }
  if (record.ExternalAttendees !== undefined) {
    const personIds = await peopleByEmail(db, domainId, record.ExternalAttendees, 'ExternalAttendees');
    const removed = await db.activityExternalAttendee.deleteMany({ where: { activityId, personId: { notIn: personIds } } });
    const added = await db.activityExternalAttendee.createMany({
      data: personIds.map((personId) => ({ domainId, activityId, personId })),
      skipDuplicates: true,
    });
    changed = removed.count + added.count > 0 || changed;
  }
  return changed;
}

/**
 * One logged activity in its own transaction, found by ExternalId (or the store id an export wrote): on its
 * company's timeline (and its relationship's, when it names one), by its author. A draft is its author's own
 * until logged, so a record naming one is refused. A field left out stays as stored; attendees, when sent,
 * are all of them.
 */
function upsertOne(prisma: PrismaClient, domainId: string, record: ApiActivityRecord): Promise<RecordOutcome> {
  return refusedAsOutcome(() =>
    prisma.$transaction(async (tx) => {
      const stored = await findByExternalId(
        record.ExternalId,
        (externalId) => tx.activity.findUnique({ where: { domainId_externalId: { domainId, externalId } } }),
        (id) => tx.activity.findFirst({ where: { id, domainId } }),
      );
      if (stored?.status === 'DRAFT') throw new RecordRefused('ExternalId', 'This is a draft: only its author can log it.');
      const fields: Prisma.ActivityUncheckedUpdateInput = {
        externalId: externalIdToStore(stored, record.ExternalId),
        ...(await activitySubject(referencesIn(tx, domainId), record)),
        type: record.Type,
        subject: record.Subject,
        activityDate: new Date(record.ActivityDate),
        ...(record.Notes !== undefined && { notes: sanitizeNotes(record.Notes) }),
        ...(record.DurationInMins !== undefined && { durationMinutes: record.DurationInMins }),
        ...(record.Source !== undefined && { source: record.Source }),
        ...(record.MeetingUuid !== undefined && { meetingUuid: record.MeetingUuid }),
        ...(record.LoggedAt !== undefined && { loggedAt: new Date(record.LoggedAt) }),
      };
      const outcome = await createOrUpdate(stored, fields, {
        // Written by an integration, not in the sidebar: GAINSIGHT_WEB unless the record names its source.
        create: (data) =>
          tx.activity.create({
            data: { source: 'GAINSIGHT_WEB', loggedAt: now(), ...(data as Prisma.ActivityUncheckedCreateInput), domainId, status: 'LOGGED' },
            select: { id: true },
          }),
        update: (id, changed) => tx.activity.update({ where: { id }, data: { ...changed, version: { increment: 1 } } }),
      });
      const attendeesChanged = await replaceAttendees(tx, domainId, outcome.id!, record);
      // New attendees are a new version of the activity, as a PATCH in the sidebar makes one.
      if (attendeesChanged && outcome.status === 'unchanged') await tx.activity.update({ where: { id: outcome.id! }, data: { version: { increment: 1 } } });
      return updatedWhen(outcome, attendeesChanged);
    }),
  );
}

/** How a timeline activity record is written, for the domain API and the import alike. */
export const activityUpsert: RecordUpsert<typeof apiActivityRecordSchema> = {
  endpoint: 'POST /api/v1/activities',
  schema: apiActivityRecordSchema,
  upsertMany: oneByOne(upsertOne, { field: 'ExternalId', message: 'Another request wrote an activity with this ExternalId at the same time: send it again.' }),
  check: checkAllBy(readActivityReferences, checkActivityReferences),
};

/** `POST /api/v1/activities`: upserts up to 50 logged timeline activities of the key's domain by ExternalId. */
export const upsertActivities = (prisma: PrismaClient, caller: ApiKeyCaller, body: unknown): Promise<ApiUpsertResult> =>
  upsertBatch(prisma, caller, body, activityUpsert);
