import type { MeetingParticipantView, MeetingView } from '@c360/contracts';
import { describe, expect, it } from 'vitest';
import { meetingAttendees } from './meeting-attendees';

const EMMA = '0b7c2a1e-4d5f-4a6b-8c9d-0e1f2a3b4c5d';
const OLIVIA = '5f0c6a3e-8e43-4a8e-9f3e-2b1d8c7a6e51';

const attendee = (participantUuid: string, displayName: string, match: Omit<MeetingParticipantView['match'], 'participantUuid'>): MeetingParticipantView => ({
  participantUuid,
  displayName,
  email: null,
  role: 'attendee',
  match: { participantUuid, ...match },
});

const meeting = (participants: MeetingParticipantView[]): MeetingView => ({
  meetingUuid: 'm1',
  topic: null,
  subject: null,
  participants,
  suggestedCompany: null,
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('meetingAttendees', () => {
  it('puts a suggested attendee under "to confirm", as the participant list shows them, not under "not in Gainsight"', () => {
    const olivia = attendee('P3', 'Olivia Park', { kind: 'suggested-person', suggestion: { personId: OLIVIA, name: 'Olivia Park', similarity: 1 } });
    const jordan = attendee('P4', 'Jordan Blake', { kind: 'unknown' });
    const attendees = meetingAttendees(meeting([attendee('P1', 'Alex Morgan', { kind: 'internal' }), attendee('P2', 'Emma Clark', { kind: 'person', personId: EMMA }), olivia, jordan]));
    expect(attendees).toEqual({
      personIds: [EMMA],
      toConfirm: [{ participant: olivia, suggestion: { personId: OLIVIA, name: 'Olivia Park' } }],
      notInGainsight: [jordan],
    });
  });

  it('counts a confirmed attendee as a person once, however many times they joined', () => {
    const confirmed = { kind: 'person', personId: OLIVIA, name: 'Olivia Park' } as const;
    expect(meetingAttendees(meeting([attendee('P3', 'Olivia Park', confirmed), attendee('P5', 'Olivia (phone)', confirmed)])).personIds).toEqual([OLIVIA]);
  });
});
