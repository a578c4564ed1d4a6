import { describe, expect, it } from 'vitest';
import { buildRosterBody, participantRoleOf } from './roster-body';

const alex = { participantUUID: 'A1', screenName: 'Alex Morgan', role: 'host' };
const emma = { participantUUID: 'E1', screenName: 'Emma Clark', role: 'attendee' };

describe('the roster the host sends', () => {
  it('pairs each participant with the e-mail they shared, by participantUUID', () => {
    const body = buildRosterBody([alex, emma], new Map([['E1', 'emma.clark@northwind.example']]), 'Quarterly review');
    expect(body).toEqual({
      participants: [
        { participantUuid: 'A1', displayName: 'Alex Morgan', email: null, role: 'host' },
        { participantUuid: 'E1', displayName: 'Emma Clark', email: 'emma.clark@northwind.example', role: 'attendee' },
      ],
      topic: 'Quarterly review',
    });
  });

  it('maps Zoom’s role names to the contract’s', () => {
    expect(['host', 'coHost', 'cohost', 'attendee', 'panelist'].map(participantRoleOf)).toEqual(['host', 'cohost', 'cohost', 'attendee', 'attendee']);
  });

  it('drops an e-mail the BFF would refuse rather than losing the whole roster', () => {
    expect(buildRosterBody([emma], new Map([['E1', 'not an e-mail']]), undefined).participants[0]?.email).toBeNull();
  });

  it('never sends an empty name or topic', () => {
    const body = buildRosterBody([{ ...emma, screenName: '   ' }], new Map(), '  ');
    expect(body.participants[0]?.displayName).toBe('E1');
    expect(body.topic).toBeNull();
  });

  it('shortens names and topics to what the contract allows', () => {
    const body = buildRosterBody([{ ...emma, screenName: 'x'.repeat(250) }], new Map(), 't'.repeat(400));
    expect(body.participants[0]?.displayName).toHaveLength(200);
    expect(body.topic).toHaveLength(300);
  });
});
