import { randomUUID } from 'node:crypto';
import type { MeetingParticipant } from './meeting-records.ts';
import { findParticipant, liveMeeting, MeetingError, publish, type Meetings } from './meetings.ts';

/** Zoom sends one invitation to at most this many participants (SendAppInvitationOptions). */
export const MAX_INVITEES = 10;

export interface AppInvitation {
  invitationUUID: string;
  invited: MeetingParticipant[];
}

/**
 * What Zoom does with an app invitation: each chosen participant gets it in their client (the sandbox
 * marks them and tells every open page). Nobody invites themself.
 */
export function sendAppInvitation(meetings: Meetings, meetingUuid: string, fromUuid: string, toUuids: readonly string[]): AppInvitation {
  const meeting = liveMeeting(meetings, meetingUuid);
  const from = findParticipant(meeting, fromUuid);
  const invited = [...new Set(toUuids)].map((uuid) => findParticipant(meeting, uuid));
  if (invited.some((participant) => participant === from)) throw new MeetingError('INVALID', 'You cannot invite yourself.');
  for (const participant of invited) {
    participant.appInvitation = { fromScreenName: from.screenName, at: meetings.now() };
    publish(meetings, meeting, { type: 'invite', participant, from });
  }
  return { invitationUUID: randomUUID(), invited };
}
