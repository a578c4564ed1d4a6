import type { ReportEvent } from '@c360/contracts';
import { Prisma, type PrismaClient } from '../store/prisma.ts';
import { decodeReportCursor, encodeReportCursor } from './report-cursor.ts';
import { toReportEvent, type ReportEventRow } from './report-event-view.ts';
import { filterConditions, type ReportFilter } from './report-filter.ts';

export interface EventPage {
  items: ReportEvent[];
  nextCursor: string | null;
}

/**
 * One page of the filtered events, newest first, keyset-paged on (createdAt, id) so that events with equal
 * timestamps are neither skipped nor repeated. One statement: the (domainId, createdAt, id) index (or the
 * company/relationship/user/type ones the planner prefers) stops after `limit + 1` rows, and the user,
 * company and relationship names are joined in rather than looked up per row.
 */
export async function readEventPage(
  prisma: PrismaClient,
  domainId: string,
  filter: ReportFilter,
  { cursor, limit }: { cursor?: string | undefined; limit: number },
): Promise<EventPage> {
  const after = cursor === undefined ? undefined : decodeReportCursor(cursor);
  const conditions = [
    ...filterConditions(domainId, filter),
    ...(after === undefined ? [] : [Prisma.sql`(e."createdAt", e.id) < (${after.createdAt.toISOString()}::timestamptz, ${after.id}::uuid)`]),
  ];
  const rows = await prisma.$queryRaw<ReportEventRow[]>`
    SELECT e.id, e.type, e."createdAt", e."meetingUuid", e.data,
           u.id AS "userId", u."displayName" AS "userName",
           c.id AS "companyId", c.name AS "companyName",
           r.id AS "relationshipId", r.name AS "relationshipName"
    FROM "AuditEvent" e
    LEFT JOIN "User" u ON u.id = e."userId"
    LEFT JOIN "Relationship" r ON r.id = e."relationshipId"
    -- An event about a relationship names its company even when only the relationship was recorded.
    LEFT JOIN "Company" c ON c.id = COALESCE(e."companyId", r."companyId")
    WHERE ${Prisma.join(conditions, ' AND ')}
    ORDER BY e."createdAt" DESC, e.id DESC
    LIMIT ${limit + 1}`;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { items: page.map(toReportEvent), nextCursor: rows.length > limit && last ? encodeReportCursor(last) : null };
}
