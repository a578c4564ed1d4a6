import type { Activity, MeetingSubject, MeetingView } from '@c360/contracts';
import { draftOfActivity, targetOf, type DraftTarget, type LocalDraft } from './local-draft';
import type { AttendeeChoices } from './roster-attendees';

/** The meeting an activity is logged for: what the editor fills in from it. */
export interface MeetingOfDraft {
  meetingUuid: string;
  /** The natural subject of an activity logged during the meeting. */
  topic: string | null;
  attendees: AttendeeChoices;
}

interface NewDraftContext {
  subject: MeetingSubject;
  /** Only when the subject is the meeting's own (see isMeetingSubject); null otherwise. */
  meeting: MeetingOfDraft | null;
  now: Date;
}

/**
 * Whether an activity of `subject`, written in this meeting's sidebar, is the meeting's: its subject is the
 * meeting's own company or relationship. While the meeting runs that is whatever is chosen (choosing sets
 * it for every sidebar, even before the server has answered); once it has ended, browsing elsewhere
 * leaves the meeting's as it was, so an activity of another company is not the meeting's.
 */
export const isMeetingSubject = (meeting: MeetingView | undefined, subject: MeetingSubject) =>
  meeting?.logState === undefined || (meeting.subject?.kind === subject.kind && meeting.subject.id === subject.id);

/**
 * A new activity as the editor opens it: for the meeting's own subject, a Meeting with its topic and
 * confirmed attendees that the meeting log can adopt (it carries the meetingUuid); otherwise an Update
 * with nothing of the meeting, which would only land the meeting's words on another company.
 */
export function newDraft({ subject, meeting, now }: NewDraftContext): LocalDraft {
  return {
    idempotencyKey: crypto.randomUUID(),
    target: targetOf(subject),
    meetingUuid: meeting?.meetingUuid ?? null,
    fields: {
      type: meeting === null ? 'UPDATE' : 'MEETING',
      subject: meeting?.topic ?? '',
      notes: '',
      activityDate: now.toISOString(),
      durationMinutes: null,
      internalAttendeeIds: meeting?.attendees.internal.map((attendee) => attendee.id) ?? [],
      externalPersonIds: meeting?.attendees.external.map((attendee) => attendee.id) ?? [],
    },
    server: null,
    dirty: false,
    isNew: true,
  };
}

/** Where an existing activity belongs, named as well as the current subject allows. */
export function targetOfActivity(activity: Activity, subject: MeetingSubject | null): DraftTarget {
  if (activity.relationshipId !== undefined) {
    return { kind: 'relationship', id: activity.relationshipId, name: activity.relationshipName ?? subject?.name ?? '' };
  }
  const companyId = activity.companyId ?? '';
  const name = subject?.id === companyId ? subject.name : subject?.companyId === companyId ? (subject.companyName ?? '') : '';
  return { kind: 'company', id: companyId, name };
}

/** An existing draft opened in the editor (Edit, or continued from the meeting). */
export const editDraft = (activity: Activity, subject: MeetingSubject | null): LocalDraft =>
  draftOfActivity(activity, targetOfActivity(activity, subject), crypto.randomUUID());
