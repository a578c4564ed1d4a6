import type { Activity, MeetingSubject } from '@c360/contracts';
import { draftOfActivity, targetOf, type DraftTarget, type LocalDraft } from './local-draft';
import type { AttendeeChoices } from './roster-attendees';

interface NewDraftContext {
  subject: MeetingSubject;
  meetingUuid: string | null;
  /** The meeting's topic: the natural subject of an activity logged during it. */
  topic: string | null;
  attendees: AttendeeChoices;
  now: Date;
}

/** A new activity as the editor opens it: in a meeting, a Meeting with its topic and matched attendees. */
export function newDraft({ subject, meetingUuid, topic, attendees, now }: NewDraftContext): LocalDraft {
  return {
    idempotencyKey: crypto.randomUUID(),
    target: targetOf(subject),
    meetingUuid,
    fields: {
      type: meetingUuid === null ? 'UPDATE' : 'MEETING',
      subject: topic ?? '',
      notes: '',
      activityDate: now.toISOString(),
      durationMinutes: null,
      internalAttendeeIds: attendees.internal.map((attendee) => attendee.id),
      externalPersonIds: attendees.external.map((attendee) => attendee.id),
    },
    server: null,
    dirty: false,
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
