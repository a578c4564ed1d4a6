import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { DEFAULT_ZOOM_USER, DEMO_MEETING_GUESTS, DEMO_MEETING_TOPIC, type ZoomUser } from '../zoom-users.ts';
import type { Meeting, MeetingChange, MeetingListener, MeetingParticipant, ParticipantRole } from './meeting-records.ts';

export class MeetingError extends Error {
  override name = 'MeetingError';
  constructor(
    readonly code: 'NOT_FOUND' | 'ENDED' | 'INVALID',
    message: string,
  ) {
    super(message);
  }
}

/** The sandbox's meetings in memory, with listeners so open client pages see every change. */
export interface Meetings {
  byUuid: Map<string, Meeting>;
  listeners: Map<string, Set<MeetingListener>>;
  now: () => number;
  nextParticipantId: number;
}

export const newMeetingUuid = () => randomBytes(16).toString('base64');

export interface NewParticipant {
  screenName: string;
  email?: string;
  role?: ParticipantRole;
  zoomUserId?: string;
  guest?: boolean;
}

export function newParticipant(meetings: Meetings, input: NewParticipant): MeetingParticipant {
  meetings.nextParticipantId += 1;
  return {
    participantUUID: randomUUID().replaceAll('-', '').toUpperCase(),
    participantId: meetings.nextParticipantId,
    screenName: input.screenName,
    role: input.role ?? 'attendee',
    ...(input.email ? { email: input.email } : {}),
    ...(input.zoomUserId ? { zoomUserId: input.zoomUserId } : {}),
    guest: input.guest ?? false,
    joinedAt: meetings.now(),
  };
}

export function createMeetings(now: () => number = Date.now): Meetings {
  const meetings: Meetings = { byUuid: new Map(), listeners: new Map(), now, nextParticipantId: 16_778_240 };
  startDemoMeeting(meetings);
  return meetings;
}

/**
 * The meeting every sandbox starts with (SPEC §6): the default user hosts the demo company's people. The
 * client's "New meeting" starts another one like it, hosted by whoever asked, so a demo can run again.
 */
export function startDemoMeeting(meetings: Meetings, host: ZoomUser = DEFAULT_ZOOM_USER): Meeting {
  const meeting: Meeting = {
    meetingUUID: newMeetingUuid(),
    meetingID: randomInt(81_000_000_000, 89_999_999_999),
    topic: DEMO_MEETING_TOPIC,
    hostUserId: host.id,
    startedAt: meetings.now(),
    participants: [],
  };
  meeting.participants.push(
    newParticipant(meetings, { screenName: `${host.firstName} ${host.lastName}`, email: host.email, role: 'host', zoomUserId: host.id }),
    ...DEMO_MEETING_GUESTS.map((guest) => newParticipant(meetings, { screenName: guest.displayName, ...(guest.email ? { email: guest.email } : {}) })),
  );
  meetings.byUuid.set(meeting.meetingUUID, meeting);
  return meeting;
}

/**
 * What pages (and deeplinks) open when they name no meeting: the first one still running, so a meeting
 * started after the demo ended is found; the first one when all have ended.
 */
export function defaultMeeting(meetings: Meetings): Meeting {
  const all = [...meetings.byUuid.values()];
  return all.find((meeting) => meeting.endedAt === undefined) ?? all[0] ?? startDemoMeeting(meetings);
}

export function findMeeting(meetings: Meetings, meetingUuid: string): Meeting {
  const meeting = meetings.byUuid.get(meetingUuid);
  if (!meeting) throw new MeetingError('NOT_FOUND', 'No such meeting.');
  return meeting;
}

export function liveMeeting(meetings: Meetings, meetingUuid: string): Meeting {
  const meeting = findMeeting(meetings, meetingUuid);
  if (meeting.endedAt !== undefined) throw new MeetingError('ENDED', 'The meeting has ended.');
  return meeting;
}

export function findParticipant(meeting: Meeting, participantUuid: string): MeetingParticipant {
  const found = meeting.participants.find((candidate) => candidate.participantUUID === participantUuid);
  if (!found) throw new MeetingError('NOT_FOUND', 'No such participant in this meeting.');
  return found;
}

export function subscribe(meetings: Meetings, meetingUuid: string, listener: MeetingListener): () => void {
  const listeners = meetings.listeners.get(meetingUuid) ?? new Set<MeetingListener>();
  meetings.listeners.set(meetingUuid, listeners);
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function publish(meetings: Meetings, meeting: Meeting, change: MeetingChange) {
  for (const listener of meetings.listeners.get(meeting.meetingUUID) ?? []) listener(change, meeting);
}
