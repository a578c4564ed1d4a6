import { now } from '../clock/index.ts';
import type { MeetingLogActivity, MeetingLogMode } from '@c360/contracts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { Prisma } from '../store/prisma.ts';
import { activityInclude, type ActivityRow } from '../timeline/activity-view.ts';
import { resolveActivitySubject } from '../timeline/check-activity-references.ts';
import { sanitizeNotes } from '../timeline/sanitize-notes.ts';
import type { LockedMeeting } from './lock-meeting-log.ts';
import { meetingDuration } from './meeting-duration.ts';
import { rosterAttendees, type RosterAttendees } from './roster-attendees.ts';

/** The default subject of a meeting logged without a topic. */
const UNTITLED = 'Zoom meeting';

export interface LogMeetingInput {
  meeting: LockedMeeting;
  /** The host user: the activity's author. */
  hostUserId: string;
  mode: MeetingLogMode;
  /** The host's edits from the after-call panel (none in auto mode). */
  edits?: MeetingLogActivity | undefined;
}

/** The host's own activities of the meeting: a logged one (adopted as is), else the latest draft. */
async function hostActivityOf(tx: Prisma.TransactionClient, meeting: LockedMeeting, hostUserId: string): Promise<ActivityRow | null> {
  const where = { domainId: meeting.domainId, authorId: hostUserId, meetingUuid: meeting.meetingUuid };
  return (
    (await tx.activity.findFirst({ where: { ...where, status: 'LOGGED' }, orderBy: [{ loggedAt: 'asc' }, { id: 'asc' }], include: activityInclude })) ??
    (await tx.activity.findFirst({ where: { ...where, status: 'DRAFT' }, orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }], include: activityInclude }))
  );
}

const editedSubject = (edits: MeetingLogActivity | undefined) =>
  edits?.companyId !== undefined || edits?.relationshipId !== undefined
    ? { companyId: edits.companyId ?? null, relationshipId: edits.relationshipId ?? null }
    : undefined;

/** Logs the host's draft of the meeting, filling what the meeting knows and the draft does not. */
async function logDraft(tx: Prisma.TransactionClient, input: LogMeetingInput, draft: ActivityRow, attendees: RosterAttendees): Promise<string> {
  const { meeting, edits } = input;
  const subjectIds = editedSubject(edits);
  const subject = subjectIds && (await resolveActivitySubject(tx, meeting.domainId, subjectIds));
  await tx.activity.update({
    where: { id: draft.id },
    data: {
      status: 'LOGGED',
      loggedAt: now(),
      source: 'ZOOM_MEETING_LOG',
      version: { increment: 1 },
      ...(edits?.type === undefined ? {} : { type: edits.type }),
      ...(edits?.subject === undefined ? {} : { subject: edits.subject }),
      ...(edits?.notes === undefined ? {} : { notes: sanitizeNotes(edits.notes) }),
      ...(draft.durationMinutes === null ? { durationMinutes: meetingDuration(meeting.startedAt, meeting.endedAt) } : {}),
      ...subject,
    },
  });
  const { domainId } = meeting;
  if (draft.internalAttendees.length === 0 && attendees.internalAttendeeIds.length > 0) {
    await tx.activityInternalAttendee.createMany({ data: attendees.internalAttendeeIds.map((userId) => ({ domainId, activityId: draft.id, userId })) });
  }
  if (draft.externalAttendees.length === 0 && attendees.externalPersonIds.length > 0) {
    await tx.activityExternalAttendee.createMany({ data: attendees.externalPersonIds.map((personId) => ({ domainId, activityId: draft.id, personId })) });
  }
  return draft.id;
}

/** A new Meeting activity from the meeting itself: its topic, start, duration and matched attendees. */
async function createLog(tx: Prisma.TransactionClient, input: LogMeetingInput, attendees: RosterAttendees): Promise<string> {
  const { meeting, edits, hostUserId } = input;
  const { domainId } = meeting;
  const subject = await resolveActivitySubject(
    tx,
    domainId,
    editedSubject(edits) ?? { companyId: meeting.relationshipId ? null : meeting.companyId, relationshipId: meeting.relationshipId },
  );
  const row = await tx.activity.create({
    data: {
      domainId,
      type: edits?.type ?? 'MEETING',
      status: 'LOGGED',
      subject: edits?.subject ?? meeting.topic ?? UNTITLED,
      notes: sanitizeNotes(edits?.notes ?? ''),
      activityDate: meeting.startedAt ?? meeting.endedAt ?? now(),
      durationMinutes: meetingDuration(meeting.startedAt, meeting.endedAt),
      authorId: hostUserId,
      ...subject,
      meetingUuid: meeting.meetingUuid,
      source: 'ZOOM_MEETING_LOG',
      loggedAt: now(),
      internalAttendees: { createMany: { data: attendees.internalAttendeeIds.map((userId) => ({ domainId, userId })) } },
      externalAttendees: { createMany: { data: attendees.externalPersonIds.map((personId) => ({ domainId, personId })) } },
    },
    select: { id: true },
  });
  return row.id;
}

/**
 * Turns a locked PENDING meeting into exactly one logged Meeting activity of its host: the host's logged
 * activity of the meeting is adopted, else their draft of it is logged, else a new one is written. Runs
 * inside the caller's transaction, which holds the meeting's row lock.
 */
export async function logMeeting(tx: Prisma.TransactionClient, input: LogMeetingInput): Promise<string> {
  const { meeting, hostUserId, mode } = input;
  const existing = await hostActivityOf(tx, meeting, hostUserId);
  let activityId: string;
  if (existing?.status === 'LOGGED') activityId = existing.id;
  else {
    const attendees = await rosterAttendees(tx, meeting.domainId, meeting.meetingUuid);
    activityId = existing ? await logDraft(tx, input, existing, attendees) : await createLog(tx, input, attendees);
  }
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
