import type { SubjectRef } from '@c360/contracts';
import type { TimelineFilter } from './get-timeline';

/** Every cached timeline starts with this, so a write can refresh them all. */
const all = ['timeline'] as const;
/** The drafts offered to continue in a meeting: refreshed with the timelines, but a root of their own. */
const allMeetingDrafts = ['timeline-meeting-drafts'] as const;

export const timelineKeys = {
  all,
  list: (subject: SubjectRef, filter: TimelineFilter) => [...all, subject.kind, subject.id, filter] as const,
  allMeetingDrafts,
  meetingDrafts: (meetingUuid: string | null) => [...allMeetingDrafts, meetingUuid] as const,
};
