import type { ActivityType, TimelinePage } from '@c360/contracts';
import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';
import { activityInclude, toActivity } from './activity-view.ts';
import { visibleTo } from './find-visible-activity.ts';
import { decodeCursor, encodeCursor } from './timeline-cursor.ts';

export interface TimelineSubject {
  kind: 'company' | 'relationship';
  id: string;
}

export interface ListTimelineQuery {
  domainId: string;
  /** The reader: their own drafts are shown, nobody else's. */
  viewerId: string;
  subject: TimelineSubject;
  cursor?: string | undefined;
  type?: ActivityType | undefined;
  limit: number;
}

const uuid = z.uuid();

async function assertSubjectExists(prisma: PrismaClient, domainId: string, subject: TimelineSubject): Promise<void> {
  const where = { id: subject.id, domainId };
  const found = !uuid.safeParse(subject.id).success
    ? null
    : subject.kind === 'company'
      ? await prisma.company.findFirst({ where, select: { id: true } })
      : await prisma.relationship.findFirst({ where, select: { id: true } });
  if (!found) throw new AppError('NOT_FOUND', `No such ${subject.kind}.`);
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
  await assertSubjectExists(prisma, query.domainId, query.subject);

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
