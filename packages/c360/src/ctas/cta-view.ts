import type { Cta, CtaPriority, CtaStatus, CtaType } from '@c360/contracts';
import { Prisma, type PrismaClient } from '../store/prisma.ts';

interface CtaRow {
  id: string;
  type: CtaType;
  subject: string;
  reason: string | null;
  priority: CtaPriority;
  status: CtaStatus;
  dueDate: string;
  overdue: boolean;
  ownerId: string;
  ownerName: string;
  companyId: string;
  relationshipId: string | null;
  activityId: string | null;
  activitySubject: string | null;
  createdAt: Date | string;
  closedAt: Date | string | null;
}

const isoOf = (value: Date | string): string => new Date(value).toISOString();

function toCta(row: CtaRow): Cta {
  return {
    id: row.id,
    type: row.type,
    subject: row.subject,
    ...(row.reason === null ? {} : { reason: row.reason }),
    priority: row.priority,
    status: row.status,
    dueDate: row.dueDate,
    overdue: row.overdue,
    owner: { id: row.ownerId, displayName: row.ownerName },
    companyId: row.companyId,
    ...(row.relationshipId === null ? {} : { relationshipId: row.relationshipId }),
    ...(row.activityId === null ? {} : { activityId: row.activityId, ...(row.activitySubject === null ? {} : { activitySubject: row.activitySubject }) }),
    createdAt: isoOf(row.createdAt),
    ...(row.closedAt === null ? {} : { closedAt: isoOf(row.closedAt) }),
  };
}

export interface CtaViewQuery {
  domainId: string;
  /** The reader: the subject of someone else's draft activity is not theirs to see. */
  viewerId: string;
  /** Which CTAs, besides the domain (a SQL condition on `c`, the Cta row). */
  where: Prisma.Sql;
  /** The calendar date before which open CTAs are overdue. */
  today: string;
  limit: number;
}

/**
 * CTAs as the sidebar shows them, open first, then by due date and id (the order of the
 * (companyId|relationshipId, status, dueDate, id) indexes, as the status enum sorts OPEN before CLOSED),
 * with the owner's name and the activity's subject joined in the same statement.
 */
export async function readCtaViews(prisma: PrismaClient | Prisma.TransactionClient, query: CtaViewQuery): Promise<Cta[]> {
  const rows = await prisma.$queryRaw<CtaRow[]>`
    SELECT c.id, c.type::text AS type, c.subject, c.reason, c.priority::text AS priority, c.status::text AS status,
      to_char(c."dueDate", 'YYYY-MM-DD') AS "dueDate",
      (c.status = 'OPEN' AND c."dueDate" < ${query.today}::date) AS overdue,
      c."ownerId", u."displayName" AS "ownerName", c."companyId", c."relationshipId", c."activityId",
      a.subject AS "activitySubject", c."createdAt", c."closedAt"
    FROM "Cta" c
    JOIN "User" u ON u.id = c."ownerId"
    LEFT JOIN "Activity" a ON a.id = c."activityId" AND (a.status = 'LOGGED' OR a."authorId" = ${query.viewerId}::uuid)
    WHERE c."domainId" = ${query.domainId}::uuid AND ${query.where}
    ORDER BY c.status, c."dueDate", c.id
    LIMIT ${query.limit}`;
  return rows.map(toCta);
}

/** One CTA of the domain as the sidebar shows it. */
export async function readCtaView(
  prisma: PrismaClient | Prisma.TransactionClient,
  viewer: { id: string; domainId: string },
  id: string,
  today: string,
): Promise<Cta> {
  const [cta] = await readCtaViews(prisma, { domainId: viewer.domainId, viewerId: viewer.id, where: Prisma.sql`c.id = ${id}::uuid`, today, limit: 1 });
  return cta!;
}
