import type { Activity, ActivityStatus, ActivityType } from '@c360/contracts';
import { Prisma } from '../store/prisma.ts';

/** What the statement below answers per activity; relations come as JSON arrays built in the same statement. */
export interface ActivityViewRow {
  id: string;
  version: number;
  type: ActivityType;
  status: ActivityStatus;
  subject: string;
  notes: string;
  activityDate: Date | string;
  durationMinutes: number | null;
  companyId: string | null;
  relationshipId: string | null;
  relationshipName: string | null;
  authorId: string;
  authorName: string;
  meetingUuid: string | null;
  internalAttendees: Array<{ id: string; name: string }>;
  externalAttendees: Array<{ id: string; name: string }>;
  comments: Array<{ id: string; authorId: string; authorName: string; body: string; createdAt: string }>;
}

/**
 * The select list of an activity `a` as the sidebar shows it, with its author, relationship, attendees and
 * comments: one statement where Prisma's `include` sends one query per relation. Joined by the caller as
 * `FROM (…) a JOIN "User" u ON u.id = a."authorId" LEFT JOIN "Relationship" r ON r.id = a."relationshipId"`.
 */
export const activityViewColumns = Prisma.sql`
  a.id, a.version, a.type::text AS type, a.status::text AS status, a.subject, a.notes, a."activityDate", a."durationMinutes",
  a."companyId", a."relationshipId", r.name AS "relationshipName", a."authorId", u."displayName" AS "authorName", a."meetingUuid",
  (SELECT COALESCE(json_agg(json_build_object('id', ia."userId", 'name', iu."displayName") ORDER BY ia."userId"), '[]')
     FROM "ActivityInternalAttendee" ia JOIN "User" iu ON iu.id = ia."userId" WHERE ia."activityId" = a.id) AS "internalAttendees",
  (SELECT COALESCE(json_agg(json_build_object('id', ea."personId", 'name', ep."fullName") ORDER BY ea."personId"), '[]')
     FROM "ActivityExternalAttendee" ea JOIN "Person" ep ON ep.id = ea."personId" WHERE ea."activityId" = a.id) AS "externalAttendees",
  (SELECT COALESCE(json_agg(json_build_object('id', c.id, 'authorId', c."authorId", 'authorName', cu."displayName", 'body', c.body, 'createdAt', c."createdAt")
            ORDER BY c."createdAt", c.id), '[]')
     FROM "ActivityComment" c JOIN "User" cu ON cu.id = c."authorId" WHERE c."activityId" = a.id) AS comments`;

export const activityViewJoins = Prisma.sql`JOIN "User" u ON u.id = a."authorId" LEFT JOIN "Relationship" r ON r.id = a."relationshipId"`;

const isoOf = (value: Date | string): string => new Date(value).toISOString();

/** The one mapping from a stored activity to the contract shape (SPEC §5): a row of `activityViewColumns`, or a Prisma row through `toActivity`; absent optionals are omitted. */
export function toActivityView(row: ActivityViewRow): Activity {
  return {
    id: row.id,
    version: row.version,
    type: row.type,
    status: row.status,
    subject: row.subject,
    notes: row.notes,
    activityDate: isoOf(row.activityDate),
    ...(row.durationMinutes === null ? {} : { durationMinutes: row.durationMinutes }),
    ...(row.companyId === null ? {} : { companyId: row.companyId }),
    ...(row.relationshipId === null ? {} : { relationshipId: row.relationshipId }),
    ...(row.relationshipName === null ? {} : { relationshipName: row.relationshipName }),
    authorId: row.authorId,
    authorName: row.authorName,
    ...(row.meetingUuid === null ? {} : { meetingUuid: row.meetingUuid }),
    internalAttendeeIds: row.internalAttendees.map((attendee) => attendee.id),
    externalPersonIds: row.externalAttendees.map((attendee) => attendee.id),
    internalAttendees: row.internalAttendees,
    externalAttendees: row.externalAttendees,
    comments: row.comments.map((comment) => ({ ...comment, createdAt: isoOf(comment.createdAt) })),
  };
}

/** One activity by id as the sidebar shows it (the caller has checked the reader may see it). */
export async function readActivityView(db: Pick<Prisma.TransactionClient, '$queryRaw'>, id: string): Promise<Activity> {
  const [row] = await db.$queryRaw<ActivityViewRow[]>`
    SELECT ${activityViewColumns} FROM "Activity" a ${activityViewJoins} WHERE a.id = ${id}::uuid`;
  if (!row) throw new Error(`Activity ${id} vanished while it was being read`);
  return toActivityView(row);
}
