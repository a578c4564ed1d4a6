import { isUuid, type ActivityType, type SubjectRef, type TimelinePage } from '@c360/contracts';
import { AppError } from '../errors/app-error.ts';
import { Prisma, type PrismaClient } from '../store/prisma.ts';
import { activityViewColumns, activityViewJoins, toActivityView, type ActivityViewRow } from './activity-view-sql.ts';
import { decodeCursor, encodeCursor } from './timeline-cursor.ts';

/** The contract's subject, by the name this module's callers know it. */
export type TimelineSubject = SubjectRef;

export interface ListTimelineQuery {
  domainId: string;
  /** The reader: their own drafts are shown, nobody else's. */
  viewerId: string;
  subject: SubjectRef;
  cursor?: string | undefined;
  type?: ActivityType | undefined;
  limit: number;
}

/**
 * A page of a company's or relationship's timeline, newest first by (activityDate, id), keyset-paged.
 *
 * A company timeline rolls up its relationships' activities through `companyId` alone: every
 * relationship activity also carries its company (the seed does, `createActivity` derives it), so the
 * page is a single range scan of the (companyId[, type], activityDate desc, id desc) index that stops
 * after `limit + 1` rows, with no OR across two columns nor a merge of two scans.
 *
 * One statement: the subject's check (no row: it is not one of the domain's), the page, and each
 * activity's relations. A subject with an empty timeline answers one row of nulls.
 */
export async function listTimeline(prisma: PrismaClient, query: ListTimelineQuery): Promise<TimelinePage> {
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  const { domainId, viewerId, subject } = query;
  const notFound = new AppError('NOT_FOUND', `No such ${subject.kind}.`);
  // An id that is not a uuid would be a store error, not a missing subject.
  if (!isUuid(subject.id)) throw notFound;

  const subjectRow =
    subject.kind === 'company'
      ? Prisma.sql`SELECT 1 FROM "Company" WHERE id = ${subject.id}::uuid AND "domainId" = ${domainId}::uuid`
      : Prisma.sql`SELECT 1 FROM "Relationship" WHERE id = ${subject.id}::uuid AND "domainId" = ${domainId}::uuid`;
  const conditions = [
    subject.kind === 'company' ? Prisma.sql`"companyId" = ${subject.id}::uuid` : Prisma.sql`"relationshipId" = ${subject.id}::uuid`,
    Prisma.sql`"domainId" = ${domainId}::uuid AND (status = 'LOGGED' OR "authorId" = ${viewerId}::uuid)`,
  ];
  if (query.type !== undefined) conditions.push(Prisma.sql`type = ${query.type}::"ActivityType"`);
  if (after) {
    // `activityDate <= d` bounds the index range; the tie on the same instant is broken by id.
    const d = Prisma.sql`${after.activityDate.toISOString()}::timestamptz`;
    conditions.push(Prisma.sql`"activityDate" <= ${d} AND ("activityDate" < ${d} OR id < ${after.id}::uuid)`);
  }
  const rows = await prisma.$queryRaw<Array<ActivityViewRow | NullRow>>`
    SELECT v.* FROM (${subjectRow}) s
    LEFT JOIN LATERAL (
      SELECT ${activityViewColumns}
      FROM (
        SELECT * FROM "Activity" WHERE ${Prisma.join(conditions, ' AND ')}
        ORDER BY "activityDate" DESC, id DESC
        LIMIT ${query.limit + 1}
      ) a ${activityViewJoins}
    ) v ON true
    ORDER BY v."activityDate" DESC, v.id DESC`;
  if (rows.length === 0) throw notFound;

  const found = rows.filter((row): row is ActivityViewRow => row.id !== null);
  const page = found.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toActivityView),
    nextCursor: found.length > query.limit && last ? encodeCursor({ activityDate: new Date(last.activityDate), id: last.id }) : null,
  };
}

/** The one row of a subject whose timeline (or page) is empty. */
interface NullRow {
  id: null;
}
