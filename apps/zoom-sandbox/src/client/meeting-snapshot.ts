import type { Meeting, MeetingChange } from '../meetings/meeting-records.ts';

/** What a client page knows of its meeting; the page answers the SDK from it. */
export function meetingSnapshot(meeting: Meeting) {
  return {
    meetingUUID: meeting.meetingUUID,
    meetingID: meeting.meetingID,
    topic: meeting.topic,
    ended: meeting.endedAt !== undefined,
    participants: meeting.participants.map((participant) => ({ ...participant })),
  };
}

export type MeetingSnapshot = ReturnType<typeof meetingSnapshot>;

export const changeMessage = (change: MeetingChange, meeting: Meeting) => ({ change, meeting: meetingSnapshot(meeting) });
