import type { MeetingLogView } from '@c360/contracts';
import { checkMeetingKey, type MeetingKey } from '../meetings/meeting-key.ts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';
import { activityInclude, toActivity } from '../timeline/activity-view.ts';
import { findMeetingActivity } from './meeting-activity.ts';
import { meetingConversation, NO_CONVERSATION } from './meeting-conversation.ts';
import { meetingDuration } from './meeting-duration.ts';

/** "Save and close all" lists a few meetings, never pages through them. */
const MAX_OTHER_PENDING = 50;

export interface ReadMeetingLogQuery extends MeetingKey {
  viewerId: string;
  /** The IANA zone due dates of action items are days of; when not given, the customer speakers' (else UTC). */
  timeZone?: string;
}

const emptyLog = (meetingUuid: string): MeetingLogView => ({
  meetingUuid,
  state: 'IN_PROGRESS',
  isMine: false,
  meeting: { topic: null, startedAt: null, endedAt: null, durationMinutes: null, companyId: null, relationshipId: null, subjectName: null },
  activity: null,
  otherPending: [],
  ...NO_CONVERSATION,
});

/**
 * The after-call log of a meeting as the viewer sees it: its state, the meeting's summary, its activity
 * (the logged one; for the host of a pending log, the one the panel edits: see `findMeetingActivity`) and
 * the host's other pending meetings with the same company, and the summary and action items of its
 * transcript. A constant number of indexed reads.
 */
export async function readMeetingLog(prisma: PrismaClient | Prisma.TransactionClient, query: ReadMeetingLogQuery): Promise<MeetingLogView> {
  checkMeetingKey(query);
  const { domainId, meetingUuid, viewerId } = query;
  const meeting = await prisma.meeting.findUnique({
    where: { domainId_meetingUuid: { domainId, meetingUuid } },
    include: {
      company: { select: { name: true } },
      relationship: { select: { name: true } },
      logActivity: { include: activityInclude },
    },
  });
  if (!meeting) return emptyLog(meetingUuid);
  const isMine = meeting.hostUserId === viewerId;
  const pendingForMe = isMine && meeting.logState === 'PENDING';
  const otherPending =
    pendingForMe && meeting.companyId !== null
      ? await prisma.meeting.findMany({
          where: { hostUserId: viewerId, logState: 'PENDING', domainId, companyId: meeting.companyId, id: { not: meeting.id } },
          orderBy: [{ endedAt: 'desc' }, { id: 'desc' }],
          take: MAX_OTHER_PENDING,
          select: { meetingUuid: true, topic: true, endedAt: true },
        })
      : [];
  // Others see the log once it is logged; the host's draft is theirs alone.
  const activity = pendingForMe
    ? (meeting.logActivity ?? (await findMeetingActivity(prisma, meeting)))
    : meeting.logState === 'LOGGED' && meeting.logActivity?.status === 'LOGGED'
      ? meeting.logActivity
      : null;
  // The conversation is shown with the log: to the host while pending, to the activity's readers once logged.
  const conversation = isMine || activity ? await meetingConversation(prisma, meeting, query.timeZone) : NO_CONVERSATION;
  return {
    meetingUuid,
    state: meeting.logState ?? 'IN_PROGRESS',
    isMine,
    meeting: {
      topic: meeting.topic,
      startedAt: meeting.startedAt?.toISOString() ?? null,
      endedAt: meeting.endedAt?.toISOString() ?? null,
      durationMinutes: meetingDuration(meeting.startedAt, meeting.endedAt),
      companyId: meeting.companyId,
      relationshipId: meeting.relationshipId,
      subjectName: meeting.relationship?.name ?? meeting.company?.name ?? null,
    },
    activity: activity && toActivity(activity),
    otherPending: otherPending.map((other) => ({ ...other, endedAt: other.endedAt?.toISOString() ?? null })),
    ...conversation,
  };
}
