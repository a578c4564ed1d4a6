import { describe, expect, it } from 'vitest';
import { applyParticipantChange, rosterFromList, type RosterEntry } from './roster';

const emma: RosterEntry = { participantUUID: 'p-emma', screenName: 'Emma Clark', role: 'attendee' };
const liam: RosterEntry = { participantUUID: 'p-liam', screenName: 'Liam Nguyen', role: 'attendee' };
const change = (status: 'join' | 'leave', who: RosterEntry) => ({
  timestamp: 1,
  participants: [{ ...who, status, participantId: 1, role: 'attendee' as const }],
});

describe('the meeting roster', () => {
  it('adds a participant who joins and reports the join', () => {
    const result = applyParticipantChange([emma], change('join', liam));
    expect(result.roster).toEqual([emma, liam]);
    expect(result.joined).toEqual([liam]);
  });

  it('ignores the duplicate join Zoom sometimes sends', () => {
    const once = applyParticipantChange([emma], change('join', liam));
    const twice = applyParticipantChange(once.roster, change('join', liam));
    expect(twice.roster).toEqual([emma, liam]);
    expect(twice.joined).toEqual([]);
  });

  it('removes a participant who leaves, once', () => {
    const once = applyParticipantChange([emma, liam], change('leave', liam));
    expect(once.roster).toEqual([emma]);
    expect(once.left).toEqual([liam]);
    expect(applyParticipantChange(once.roster, change('leave', liam)).left).toEqual([]);
  });

  it('keeps a join that arrived before the full list answered', () => {
    const list = [{ ...emma, participantId: '1' }];
    expect(rosterFromList(list, [liam])).toEqual([emma, liam]);
    expect(rosterFromList(list, [emma])).toEqual([emma]);
  });
});
