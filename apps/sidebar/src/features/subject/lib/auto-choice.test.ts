import type { MeetingView } from '@c360/contracts';
import { describe, expect, it } from 'vitest';
import { meetingView } from '@/test/meeting-view';
import { autoChoice } from './auto-choice';

const northwind = { id: '00000000-0000-4000-8000-000000000001', name: 'Northwind Traders', matchedParticipants: 2, unambiguous: true };
const running = (changes: Partial<MeetingView>): MeetingView => meetingView([], { suggestedCompany: northwind, ...changes });

describe('the company chosen for a meeting by itself', () => {
  it("is the roster's unambiguous suggestion, while the meeting has no subject and nobody decided", () => {
    expect(autoChoice(running({}), false)).toEqual({ kind: 'company', id: northwind.id, name: 'Northwind Traders' });
  });

  it('is none once a choice was made on this device, even a cleared one', () => {
    expect(autoChoice(running({}), true)).toBeNull();
  });

  it("never replaces the meeting's subject", () => {
    expect(autoChoice(running({ subject: { kind: 'company', id: '00000000-0000-4000-8000-000000000002', name: 'Contoso' } }), false)).toBeNull();
  });

  it('is none when the attendees name other companies too, or none at all', () => {
    expect(autoChoice(running({ suggestedCompany: { ...northwind, unambiguous: false } }), false)).toBeNull();
    expect(autoChoice(running({ suggestedCompany: null }), false)).toBeNull();
  });

  it('is none for an ended meeting or before the meeting is read', () => {
    expect(autoChoice(running({ logState: 'PENDING' }), false)).toBeNull();
    expect(autoChoice(undefined, false)).toBeNull();
  });
});
