import { describe, expect, it, vi } from 'vitest';
import type { MeetingChange } from '../src/meetings/meeting-records.ts';
import { endMeeting, meetingEndedEvent } from '../src/meetings/end-meeting.ts';
import { createMeetings, defaultMeeting, MeetingError, subscribe } from '../src/meetings/meetings.ts';
import { addParticipant, changeRole, removeParticipant, renameParticipant } from '../src/meetings/participants.ts';
import { DEFAULT_ZOOM_USER, DEMO_MEETING_GUESTS, DEMO_MEETING_TOPIC } from '../src/zoom-users.ts';

function setup() {
  const meetings = createMeetings(() => 1_700_000_000_000);
  const meeting = defaultMeeting(meetings);
  const changes: MeetingChange['type'][] = [];
  subscribe(meetings, meeting.meetingUUID, (change) => changes.push(change.type));
  return { meetings, meeting, changes };
}

describe('the sandbox’s meetings', () => {
  it('start with the demo meeting: the default user hosts the demo company’s people', () => {
    const { meeting } = setup();
    expect(meeting.topic).toBe(DEMO_MEETING_TOPIC);
    expect(meeting.meetingUUID).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(String(meeting.meetingID)).toMatch(/^\d{11}$/);
    expect(meeting.hostUserId).toBe(DEFAULT_ZOOM_USER.id);
    expect(meeting.participants.map((participant) => participant.screenName)).toEqual([
      'Alex Morgan',
      ...DEMO_MEETING_GUESTS.map((guest) => guest.displayName),
    ]);
    expect(meeting.participants[0]?.role).toBe('host');
    expect(new Set(meeting.participants.map((participant) => participant.participantUUID)).size).toBe(meeting.participants.length);
  });

  it('tell subscribers about joins, renames and leaves', () => {
    const { meetings, meeting, changes } = setup();
    const grace = addParticipant(meetings, meeting.meetingUUID, { screenName: 'Grace Hopper', email: 'grace@navy.example' });
    expect(grace).toMatchObject({ role: 'attendee', guest: false, email: 'grace@navy.example' });
    renameParticipant(meetings, meeting.meetingUUID, grace.participantUUID, 'Rear Admiral Hopper');
    expect(meeting.participants.at(-1)?.screenName).toBe('Rear Admiral Hopper');
    removeParticipant(meetings, meeting.meetingUUID, grace.participantUUID);
    expect(meeting.participants.some((participant) => participant.participantUUID === grace.participantUUID)).toBe(false);
    expect(changes).toEqual(['join', 'update', 'leave']);
  });

  it('have one host: making someone host makes the previous host an attendee', () => {
    const { meetings, meeting } = setup();
    const emma = meeting.participants[1]!;
    changeRole(meetings, meeting.meetingUUID, emma.participantUUID, 'cohost');
    expect(emma.role).toBe('cohost');
    changeRole(meetings, meeting.meetingUUID, emma.participantUUID, 'host');
    expect(meeting.participants.filter((participant) => participant.role === 'host')).toEqual([emma]);
    expect(meeting.participants[0]?.role).toBe('attendee');
  });

  it('end once: the hook hears of it (the meeting.ended webhook), and later changes are refused', () => {
    const { meetings, meeting, changes } = setup();
    const onEnded = vi.fn();
    endMeeting(meetings, meeting.meetingUUID, onEnded);
    expect(onEnded).toHaveBeenCalledWith(meeting);
    expect(changes).toEqual(['ended']);
    expect(() => addParticipant(meetings, meeting.meetingUUID, { screenName: 'Late' })).toThrow(MeetingError);
    expect(() => endMeeting(meetings, meeting.meetingUUID)).toThrow(MeetingError);
    const event = meetingEndedEvent(meeting, 'acct-1');
    expect(event.event).toBe('meeting.ended');
    expect(event.payload.object).toMatchObject({ uuid: meeting.meetingUUID, id: String(meeting.meetingID), host_id: DEFAULT_ZOOM_USER.id });
  });

  it('refuse unknown participants', () => {
    const { meetings, meeting } = setup();
    expect(() => removeParticipant(meetings, meeting.meetingUUID, 'nobody')).toThrow(MeetingError);
  });
});
