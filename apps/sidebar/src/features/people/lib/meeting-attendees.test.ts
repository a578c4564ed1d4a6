import { describe, expect, it } from 'vitest';
import { internal, meetingView as meeting, participant as attendee, person, suggested, unknown } from '@/test/meeting-view';
import { meetingAttendees } from './meeting-attendees';

const EMMA = '0b7c2a1e-4d5f-4a6b-8c9d-0e1f2a3b4c5d';
const OLIVIA = '5f0c6a3e-8e43-4a8e-9f3e-2b1d8c7a6e51';
const ALEX = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

describe('meetingAttendees', () => {
  it('puts a suggested attendee under "to confirm", as the participant list shows them, not under "not in Gainsight"', () => {
    const olivia = attendee('P3', 'Olivia Park', suggested(OLIVIA, 'Olivia Park'));
    const jordan = attendee('P4', 'Jordan Blake', unknown);
    const attendees = meetingAttendees(
      meeting([attendee('P1', 'Alex Morgan', internal(ALEX, 'Alex Morgan')), attendee('P2', 'Emma Clark', person(EMMA, 'Emma Clark')), olivia, jordan]),
    );
    expect(attendees).toEqual({
      personIds: [EMMA],
      toConfirm: [{ participant: olivia, suggestion: { personId: OLIVIA, name: 'Olivia Park', similarity: 1 } }],
      notInGainsight: [jordan],
    });
  });

  it('counts a confirmed attendee as a person once, however many times they joined', () => {
    const confirmed = person(OLIVIA, 'Olivia Park');
    expect(meetingAttendees(meeting([attendee('P3', 'Olivia Park', confirmed), attendee('P5', 'Olivia (phone)', confirmed)])).personIds).toEqual([OLIVIA]);
  });
});
