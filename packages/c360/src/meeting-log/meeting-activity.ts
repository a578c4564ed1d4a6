import type { Prisma, PrismaClient } from '../store/prisma.ts';
import { activityInclude, type ActivityRow } from '../timeline/activity-view.ts';
import type { LockedMeeting } from './lock-meeting-log.ts';

/** What choosing a meeting's activity needs to know of the meeting. */
export type MeetingOfActivity = Pick<LockedMeeting, 'id' | 'domainId' | 'meetingUuid' | 'companyId' | 'relationshipId' | 'hostUserId' | 'logActivityId'>;

type Db = PrismaClient | Prisma.TransactionClient;

/** The meeting's subject, when it has one: a relationship's activities carry its company too. */
const aboutTheMeeting = (meeting: MeetingOfActivity) =>
  meeting.relationshipId !== null ? { relationshipId: meeting.relationshipId } : meeting.companyId !== null ? { companyId: meeting.companyId } : {};

/**
 * The meeting's one activity: the one its log already holds, else the host's Meeting activity of the
 * meeting (about its company or relationship when it has one): the earliest logged, else the latest draft.
 * Activities of other types, authors or subjects stay activities of their own.
 */
export async function findMeetingActivity(db: Db, meeting: MeetingOfActivity): Promise<ActivityRow | null> {
  if (meeting.logActivityId !== null) return db.activity.findUnique({ where: { id: meeting.logActivityId }, include: activityInclude });
  if (meeting.hostUserId === null) return null;
  const where = {
    domainId: meeting.domainId,
    authorId: meeting.hostUserId,
    meetingUuid: meeting.meetingUuid,
    type: 'MEETING' as const,
    ...aboutTheMeeting(meeting),
  };
  return (
    (await db.activity.findFirst({ where: { ...where, status: 'LOGGED' }, orderBy: [{ loggedAt: 'asc' }, { id: 'asc' }], include: activityInclude })) ??
    (await db.activity.findFirst({ where: { ...where, status: 'DRAFT' }, orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }], include: activityInclude }))
  );
}

/**
 * Chooses the meeting's activity once and for all (`Meeting.logActivityId`), so an activity written
 * later never takes its place. Inside the transaction that holds the meeting's row lock.
 */
export async function pinMeetingActivity(tx: Prisma.TransactionClient, meeting: LockedMeeting): Promise<ActivityRow | null> {
  const activity = await findMeetingActivity(tx, meeting);
  if (activity !== null && meeting.logActivityId !== activity.id) {
    await tx.meeting.update({ where: { id: meeting.id }, data: { logActivityId: activity.id } });
  }
  return activity;
}
