import type { MeetingSubject, MeetingView } from '@c360/contracts';
import { describe, expect, it } from 'vitest';
import { internal, meetingView, participant, person, suggested } from '@/test/meeting-view';
import { isMeetingSubject, newDraft } from './new-draft';
import { rosterAttendees } from './roster-attendees';

const NORTHWIND: MeetingSubject = { kind: 'company', id: '3b0c6f1e-3f1b-4c59-9a51-2f4f1b1a9c01', name: 'Northwind Traders' };
const SAKURA: MeetingSubject = { kind: 'company', id: '4c1d7a2f-4a2c-4d6a-8b62-3a5a2c2b0d12', name: '株式会社サクラ精機' };
const ALEX = '5d2e8b3a-5b3d-4e7b-9c73-4b6b3d3c1e23';
const EMMA = '6e3f9c4b-6c4e-4f8c-8d84-5c7c4e4d2f34';
const OLIVIA = '7f4a0d5c-7d5f-4a9d-9e95-6d8d5f5e3a45';

const meeting = (changes: Partial<MeetingView> = {}): MeetingView =>
  meetingView(
    [
      participant('p-alex', 'Alex Morgan', internal(ALEX, 'Alex Morgan')),
      participant('p-emma', 'Emma Clark', person(EMMA, 'Emma Clark')),
      participant('p-olivia', 'Olivia Park', suggested(OLIVIA, 'Olivia Park')),
    ],
    { meetingUuid: 'm1==', topic: 'Northwind Traders quarterly business review', subject: NORTHWIND, updatedAt: '2026-12-05T10:00:00.000Z', ...changes },
  );

describe('a new activity in a meeting', () => {
  it("of the meeting's own company is a Meeting with its topic and confirmed attendees; a suggested person is only offered", () => {
    const attendees = rosterAttendees(meeting());
    expect(attendees.suggested).toEqual([{ id: OLIVIA, name: 'Olivia Park' }]);
    const draft = newDraft({ subject: NORTHWIND, meeting: { meetingUuid: 'm1==', topic: meeting().topic, attendees }, now: new Date() });
    expect(draft).toMatchObject({ meetingUuid: 'm1==', isNew: true, fields: { type: 'MEETING', subject: 'Northwind Traders quarterly business review' } });
    expect(draft.fields.internalAttendeeIds).toEqual([ALEX]);
    expect(draft.fields.externalPersonIds).toEqual([EMMA]);
  });

  it('of another company carries nothing of the meeting: no topic, attendees or meetingUuid', () => {
    const draft = newDraft({ subject: SAKURA, meeting: null, now: new Date() });
    expect(draft).toMatchObject({
      meetingUuid: null,
      target: { id: SAKURA.id },
      fields: { type: 'UPDATE', subject: '', internalAttendeeIds: [], externalPersonIds: [] },
    });
  });

  it('is the meeting’s whatever is chosen while it runs, and once it has ended only for the company it keeps', () => {
    expect(isMeetingSubject(meeting(), SAKURA)).toBe(true);
    expect(isMeetingSubject(meeting({ logState: 'PENDING' }), NORTHWIND)).toBe(true);
    expect(isMeetingSubject(meeting({ logState: 'PENDING' }), SAKURA)).toBe(false);
    expect(isMeetingSubject(meeting({ logState: 'LOGGED', subject: null }), SAKURA)).toBe(false);
  });
});
