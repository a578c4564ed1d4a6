/** Roles as the Apps SDK's participant lists name them. */
export type ParticipantRole = 'host' | 'cohost' | 'attendee';

export interface MeetingParticipant {
  /** Stable for the meeting, like Zoom's participantUUID. */
  participantUUID: string;
  /** Zoom's older numeric id, still sent by the SDK. */
  participantId: number;
  screenName: string;
  role: ParticipantRole;
  /** Only known to Zoom when the participant shares it; never sent by getMeetingParticipants. */
  email?: string;
  /** The sandbox Zoom user who joined, if any (the customer's side joins without one). */
  zoomUserId?: string;
  /** Joined without being signed in to Zoom: the app context carries no `uid`. */
  guest: boolean;
  joinedAt: number;
  /** Someone invited them to the app (Zoom's app invitation): who, and when. */
  appInvitation?: { fromScreenName: string; at: number };
}

export interface Meeting {
  /** Zoom's meeting instance id: base64 of 16 random bytes. */
  meetingUUID: string;
  /** The numeric meeting number people dial. */
  meetingID: number;
  topic: string;
  hostUserId: string;
  startedAt: number;
  endedAt?: number;
  participants: MeetingParticipant[];
}

export type MeetingChange =
  | { type: 'join'; participant: MeetingParticipant }
  | { type: 'leave'; participant: MeetingParticipant }
  | { type: 'update'; participant: MeetingParticipant }
  | { type: 'invite'; participant: MeetingParticipant; from: MeetingParticipant }
  | { type: 'ended' }
  /** The app's realtime media stream started or stopped (the SDK's onRTMSStatusChange). */
  | { type: 'rtms'; status: 'started' | 'paused' | 'resumed' | 'stopped'; rtmsSessionId: string; timestamp: number };

export type MeetingListener = (change: MeetingChange, meeting: Meeting) => void;
