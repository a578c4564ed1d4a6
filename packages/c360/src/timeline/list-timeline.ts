import type { ActivityType, SubjectRef, TimelinePage } from '@c360/contracts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';
import { findSubject } from '../subjects/find-subject.ts';
import { activityInclude, toActivity } from './activity-view.ts';
import { visibleTo } from './find-visible-activity.ts';
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
 */
export async function listTimeline(prisma: PrismaClient, query: ListTimelineQuery): Promise<TimelinePage> {
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  await findSubject(prisma, query, query.subject);

  const conditions: Prisma.ActivityWhereInput[] = [visibleTo({ id: query.viewerId, domainId: query.domainId })];
  if (after) {
    // `activityDate <= d` bounds the index range; the tie on the same instant is broken by id.
    conditions.push({ activityDate: { lte: after.activityDate }, OR: [{ activityDate: { lt: after.activityDate } }, { id: { lt: after.id } }] });
  }
  const rows = await prisma.activity.findMany({
    where: {
      ...(query.subject.kind === 'company' ? { companyId: query.subject.id } : { relationshipId: query.subject.id }),
      ...(query.type === undefined ? {} : { type: query.type }),
      AND: conditions,
    },
    orderBy: [{ activityDate: 'desc' }, { id: 'desc' }],
    take: query.limit + 1,
    include: activityInclude,
  });

  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toActivity),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null,
  };
}
