import type { Meeting } from './meeting-records.ts';
import { liveMeeting, publish, type Meetings } from './meetings.ts';

export type MeetingEndedHook = (meeting: Meeting) => void;

export function endMeeting(meetings: Meetings, meetingUuid: string, onEnded?: MeetingEndedHook): Meeting {
  const meeting = liveMeeting(meetings, meetingUuid);
  meeting.endedAt = meetings.now();
  publish(meetings, meeting, { type: 'ended' });
  onEnded?.(meeting);
  return meeting;
}

/** The `meeting.ended` webhook event Zoom sends the app's endpoint. */
export function meetingEndedEvent(meeting: Meeting, accountId: string) {
  const endedAt = meeting.endedAt ?? Date.now();
  return {
    event: 'meeting.ended',
    payload: {
      account_id: accountId,
      object: {
        id: String(meeting.meetingID),
        uuid: meeting.meetingUUID,
        host_id: meeting.hostUserId,
        topic: meeting.topic,
        type: 2,
        start_time: new Date(meeting.startedAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        end_time: new Date(endedAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        duration: Math.max(1, Math.round((endedAt - meeting.startedAt) / 60_000)),
        timezone: 'UTC',
      },
    },
  };
}
