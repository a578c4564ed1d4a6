import type { MeetingParticipant, ParticipantRole, Meeting } from './meeting-records.ts';
import { findParticipant, liveMeeting, newParticipant, publish, type Meetings, type NewParticipant } from './meetings.ts';

export function addParticipant(meetings: Meetings, meetingUuid: string, input: NewParticipant): MeetingParticipant {
  const meeting = liveMeeting(meetings, meetingUuid);
  const joined = newParticipant(meetings, input);
  if (joined.role === 'host') demoteHost(meetings, meeting);
  meeting.participants.push(joined);
  publish(meetings, meeting, { type: 'join', participant: joined });
  return joined;
}

export function removeParticipant(meetings: Meetings, meetingUuid: string, participantUuid: string): MeetingParticipant {
  const meeting = liveMeeting(meetings, meetingUuid);
  const left = findParticipant(meeting, participantUuid);
  meeting.participants = meeting.participants.filter((candidate) => candidate !== left);
  publish(meetings, meeting, { type: 'leave', participant: left });
  return left;
}

export function renameParticipant(meetings: Meetings, meetingUuid: string, participantUuid: string, screenName: string) {
  const meeting = liveMeeting(meetings, meetingUuid);
  const renamed = findParticipant(meeting, participantUuid);
  renamed.screenName = screenName;
  publish(meetings, meeting, { type: 'update', participant: renamed });
  return renamed;
}

// A meeting has one host: handing the role over makes the previous host an attendee, as in Zoom.
function demoteHost(meetings: Meetings, meeting: Meeting) {
  for (const current of meeting.participants.filter((candidate) => candidate.role === 'host')) {
    current.role = 'attendee';
    publish(meetings, meeting, { type: 'update', participant: current });
  }
}

export function changeRole(meetings: Meetings, meetingUuid: string, participantUuid: string, role: ParticipantRole, guest?: boolean) {
  const meeting = liveMeeting(meetings, meetingUuid);
  const changed = findParticipant(meeting, participantUuid);
  if (role === 'host' && changed.role !== 'host') demoteHost(meetings, meeting);
  changed.role = role;
  if (guest !== undefined) changed.guest = guest;
  if (role === 'host' && changed.zoomUserId) meeting.hostUserId = changed.zoomUserId;
  publish(meetings, meeting, { type: 'update', participant: changed });
  return changed;
}
