import type { MeetingLogActivity } from '@c360/contracts';
import { now } from '../clock/index.ts';
import type { Prisma } from '../store/prisma.ts';
import { activityInclude, type ActivityRow } from '../timeline/activity-view.ts';
import { resolveActivitySubject } from '../timeline/check-activity-references.ts';
import { sanitizeNotes } from '../timeline/sanitize-notes.ts';
import { staleActivity } from '../timeline/stale-activity.ts';
import type { LockedMeeting } from './lock-meeting-log.ts';
import { pinMeetingActivity } from './meeting-activity.ts';
import { meetingDuration } from './meeting-duration.ts';
import { rosterAttendees, type RosterAttendees } from './roster-attendees.ts';

/** The default subject of a meeting logged without a topic. */
const UNTITLED = 'Zoom meeting';

export interface WriteMeetingActivityInput {
  meeting: LockedMeeting;
  /** The host user: the activity's author. */
  hostUserId: string;
  /** LOGGED logs it (a draft becomes logged); DRAFT leaves a new or drafted activity a draft. */
  status: 'LOGGED' | 'DRAFT';
  /** The host's edits from the after-call panel (none in auto mode and for "close all"). */
  edits?: MeetingLogActivity | undefined;
}

const editedSubject = (edits: MeetingLogActivity | undefined) =>
  edits?.companyId !== undefined || edits?.relationshipId !== undefined
    ? { companyId: edits.companyId ?? null, relationshipId: edits.relationshipId ?? null }
    : undefined;

/** The meeting's matched attendees of each kind the activity has none of (an empty list is never the user's choice here). */
async function missingAttendees(tx: Prisma.TransactionClient, meeting: LockedMeeting, current: ActivityRow | null): Promise<RosterAttendees> {
  const roster = await rosterAttendees(tx, meeting.domainId, meeting.meetingUuid);
  return {
    internalAttendeeIds: current === null || current.internalAttendees.length === 0 ? roster.internalAttendeeIds : [],
    externalPersonIds: current === null || current.externalAttendees.length === 0 ? roster.externalPersonIds : [],
  };
}

const editedFields = (edits: MeetingLogActivity | undefined) => ({
  ...(edits?.type === undefined ? {} : { type: edits.type }),
  ...(edits?.subject === undefined ? {} : { subject: edits.subject }),
  ...(edits?.notes === undefined ? {} : { notes: sanitizeNotes(edits.notes) }),
});

/**
 * The panel's content onto the meeting's activity, as a new version: only from the version the panel
 * showed (the author's usual rule; a stale one is a CONFLICT carrying the current activity). What the
 * meeting knows and the activity does not (its real duration, the matched attendees) is filled in.
 * Nothing changes, and no version is spent, when there is nothing to write.
 */
async function updateMeetingActivity(tx: Prisma.TransactionClient, input: WriteMeetingActivityInput, current: ActivityRow): Promise<void> {
  const { meeting, edits, status } = input;
  if (edits !== undefined && edits.version !== current.version) throw staleActivity(current);
  const subjectIds = editedSubject(edits);
  const duration = meetingDuration(meeting.startedAt, meeting.endedAt);
  const data: Prisma.ActivityUncheckedUpdateManyInput = {
    ...(status === 'LOGGED' && current.status === 'DRAFT' ? { status: 'LOGGED', loggedAt: now(), source: 'ZOOM_MEETING_LOG' } : {}),
    ...editedFields(edits),
    ...(current.durationMinutes === null && duration !== null ? { durationMinutes: duration } : {}),
    ...(subjectIds && (await resolveActivitySubject(tx, meeting.domainId, subjectIds))),
  };
  const attendees = await missingAttendees(tx, meeting, current);
  if (Object.keys(data).length === 0 && attendees.internalAttendeeIds.length + attendees.externalPersonIds.length === 0) return;
  // The version in the WHERE makes the check and the write one step, even against a concurrent PATCH.
  const { count } = await tx.activity.updateMany({ where: { id: current.id, version: current.version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw staleActivity(await tx.activity.findUniqueOrThrow({ where: { id: current.id }, include: activityInclude }));
  const { domainId } = meeting;
  await tx.activityInternalAttendee.createMany({ data: attendees.internalAttendeeIds.map((userId) => ({ domainId, activityId: current.id, userId })) });
  await tx.activityExternalAttendee.createMany({ data: attendees.externalPersonIds.map((personId) => ({ domainId, activityId: current.id, personId })) });
}

/** A new Meeting activity from the meeting itself (its topic, start, duration and matched attendees) and the panel's edits. */
async function createMeetingActivity(tx: Prisma.TransactionClient, input: WriteMeetingActivityInput): Promise<string> {
  const { meeting, edits, hostUserId, status } = input;
  const { domainId } = meeting;
  const subject = await resolveActivitySubject(
    tx,
    domainId,
    editedSubject(edits) ?? { companyId: meeting.relationshipId ? null : meeting.companyId, relationshipId: meeting.relationshipId },
  );
  const attendees = await missingAttendees(tx, meeting, null);
  const row = await tx.activity.create({
    data: {
      domainId,
      type: 'MEETING',
      status,
      subject: meeting.topic ?? UNTITLED,
      notes: '',
      ...editedFields(edits),
      activityDate: meeting.startedAt ?? meeting.endedAt ?? now(),
      durationMinutes: meetingDuration(meeting.startedAt, meeting.endedAt),
      authorId: hostUserId,
      ...subject,
      meetingUuid: meeting.meetingUuid,
      source: 'ZOOM_MEETING_LOG',
      loggedAt: status === 'LOGGED' ? now() : null,
      internalAttendees: { createMany: { data: attendees.internalAttendeeIds.map((userId) => ({ domainId, userId })) } },
      externalAttendees: { createMany: { data: attendees.externalPersonIds.map((personId) => ({ domainId, personId })) } },
    },
    select: { id: true },
  });
  await tx.meeting.update({ where: { id: meeting.id }, data: { logActivityId: row.id } });
  return row.id;
}

/**
 * Writes the meeting's one activity (see `findMeetingActivity`): the chosen one gets the panel's content
 * as a new version, or a new one is written when the meeting has none; either way it is pinned as the
 * meeting's. Runs inside the caller's transaction, which holds the meeting's row lock. Returns its id.
 */
export async function writeMeetingActivity(tx: Prisma.TransactionClient, input: WriteMeetingActivityInput): Promise<string> {
  const current = await pinMeetingActivity(tx, input.meeting);
  if (current === null) return createMeetingActivity(tx, input);
  await updateMeetingActivity(tx, input, current);
  return current.id;
}
