import type { MeetingLogActivity, MeetingLogMode } from '@c360/contracts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { Prisma } from '../store/prisma.ts';
import type { LockedMeeting } from './lock-meeting-log.ts';
import { writeMeetingActivity } from './write-meeting-activity.ts';

export interface LogMeetingInput {
  meeting: LockedMeeting;
  /** The host user: the activity's author. */
  hostUserId: string;
  mode: MeetingLogMode;
  /** The host's edits from the after-call panel (none in auto mode). */
  edits?: MeetingLogActivity | undefined;
}

/**
 * Turns a locked PENDING meeting into exactly one logged activity of its host: the meeting's activity
 * (logged during the call, or the host's draft of it) with the panel's content, else a new one. Runs
 * inside the caller's transaction, which holds the meeting's row lock.
 */
export async function logMeeting(tx: Prisma.TransactionClient, input: LogMeetingInput): Promise<string> {
  const { meeting, hostUserId, mode } = input;
  const activityId = await writeMeetingActivity(tx, { meeting, hostUserId, status: 'LOGGED', edits: input.edits });
  const logged = await tx.activity.findUniqueOrThrow({ where: { id: activityId }, select: { companyId: true, relationshipId: true } });
  await tx.meeting.update({
    where: { id: meeting.id },
    data: { logState: 'LOGGED', logActivityId: activityId, companyId: logged.companyId, relationshipId: logged.relationshipId },
  });
  await recordAuditEvent(tx, {
    type: 'meeting.logged',
    domainId: meeting.domainId,
    userId: hostUserId,
    companyId: logged.companyId,
    relationshipId: logged.relationshipId,
    meetingUuid: meeting.meetingUuid,
    data: { activityId, mode },
  });
  return activityId;
}
