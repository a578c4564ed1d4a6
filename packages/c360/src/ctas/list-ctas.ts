import { now } from '../clock/index.ts';
import type { CtaPage, SubjectRef } from '@c360/contracts';
import { Prisma, type PrismaClient } from '../store/prisma.ts';
import { allInOrder } from '../async/all-in-order.ts';
import { findSubject } from '../subjects/find-subject.ts';
import { todayOf } from './cta-clock.ts';
import { decodeCtaCursor, encodeCtaCursor } from './cta-cursor.ts';
import { readCtaViews } from './cta-view.ts';

/** The contract's subject, by the name this module's callers know it. */
export type CtaListSubject = SubjectRef;

export interface ListCtasQuery {
  domainId: string;
  viewerId: string;
  subject: SubjectRef;
  cursor?: string | undefined;
  limit: number;
  /** OPEN: only open CTAs; ALL: open ones, then closed ones. */
  status: 'OPEN' | 'ALL';
  /** Only the follow-ups created from this activity. */
  activityId?: string | undefined;
  /** Only the follow-ups created from a meeting's activity, of any meeting but this one. */
  fromMeetingsOtherThan?: string | undefined;
}

/** The CTA `c` came from the activity of a meeting other than `meetingUuid` (one primary-key probe per row). */
const fromMeetingOtherThan = (meetingUuid: string) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "Activity" m WHERE m.id = c."activityId" AND m."meetingUuid" IS NOT NULL AND m."meetingUuid" <> ${meetingUuid})`;

/**
 * A page of a company's (with its relationships') or relationship's CTAs, open first, then by due date
 * and id, keyset-paged on that order: one range scan of the (companyId|relationshipId, status, dueDate,
 * id) index from the row after the cursor, with owners and activities joined in the same statement.
 * The meetings filter probes each row's activity by primary key along that same scan (EXPLAIN on
 * PostgreSQL: the index range in order, stopping at the limit, no sort).
 */
export async function listCtas(prisma: PrismaClient, query: ListCtasQuery): Promise<CtaPage> {
  const after = query.cursor === undefined ? undefined : decodeCtaCursor(query.cursor);
  const { domainId, subject, limit } = query;

  const conditions = [subject.kind === 'company' ? Prisma.sql`c."companyId" = ${subject.id}::uuid` : Prisma.sql`c."relationshipId" = ${subject.id}::uuid`];
  if (query.status === 'OPEN') conditions.push(Prisma.sql`c.status = 'OPEN'`);
  if (query.activityId !== undefined) conditions.push(Prisma.sql`c."activityId" = ${query.activityId}::uuid`);
  if (query.fromMeetingsOtherThan !== undefined) conditions.push(fromMeetingOtherThan(query.fromMeetingsOtherThan));
  if (after) {
    // A row comparison, so PostgreSQL continues the index range right after the cursor.
    conditions.push(Prisma.sql`(c.status, c."dueDate", c.id) > (${after.status}::"CtaStatus", ${after.dueDate}::date, ${after.id}::uuid)`);
  }
  // The subject's check and the page are sent together: the page is of the domain's CTAs only, so it is
  // empty for a subject that is not the domain's, and the check's NOT_FOUND is what the caller sees.
  const [, items] = await allInOrder([
    findSubject(prisma, query, subject),
    readCtaViews(prisma, {
      domainId,
      viewerId: query.viewerId,
      where: Prisma.join(conditions, ' AND '),
      today: todayOf(now()),
      limit: limit + 1,
    }),
  ] as const);
  const page = items.slice(0, limit);
  const last = page.at(-1);
  return { items: page, nextCursor: items.length > limit && last ? encodeCtaCursor(last) : null };
}
