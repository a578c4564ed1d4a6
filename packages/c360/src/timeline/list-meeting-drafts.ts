import type { MeetingDrafts } from '@c360/contracts';
import { checkMeetingKey, type MeetingKey } from '../meetings/meeting-key.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { activityInclude, toActivity } from './activity-view.ts';

/** A sidebar offers to continue one of a few recent drafts, never pages through them. */
export const MAX_MEETING_DRAFTS = 20;

export interface ListMeetingDraftsQuery extends MeetingKey {
  /** The author: a user only ever sees their own drafts. */
  userId: string;
}

/**
 * The user's own draft activities of one meeting, most recently saved first, so a sidebar reopened
 * elsewhere (pop-out, another device, cleared storage) can continue one. Served by the
 * (authorId, meetingUuid, status, updatedAt desc, id desc) index: one range scan that stops at the limit.
 */
export async function listMeetingDrafts(prisma: PrismaClient, query: ListMeetingDraftsQuery): Promise<MeetingDrafts> {
  checkMeetingKey(query);
  const rows = await prisma.activity.findMany({
    where: { domainId: query.domainId, authorId: query.userId, meetingUuid: query.meetingUuid, status: 'DRAFT' },
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    take: MAX_MEETING_DRAFTS,
    include: activityInclude,
  });
  return { items: rows.map(toActivity) };
}
