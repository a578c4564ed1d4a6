import type { ParticipantMatchView } from '@c360/contracts';
import { describe, expect, it } from 'vitest';
import type { ParticipantRow } from './participant-rows';
import { summarizeParticipants } from './participant-summary';

const ID = '6f1c1c1e-8d0a-4c39-9a0e-6f3b2d9c1a11';
const row = (participantUuid: string, match?: ParticipantMatchView): ParticipantRow => ({
  participantUuid,
  displayName: participantUuid,
  role: 'attendee',
  ...(match ? { match } : {}),
});

describe('summarizeParticipants', () => {
  it('counts everyone in the call, the people and colleagues Gainsight knows, and the suggestions to confirm', () => {
    const rows = [
      row('host', { participantUuid: 'host', kind: 'internal', userId: ID, name: 'Alex Morgan' }),
      row('emma', { participantUuid: 'emma', kind: 'person', personId: ID, name: 'Emma Clark', companyIds: [] }),
      row('olivia', { participantUuid: 'olivia', kind: 'suggested-person', suggestion: { personId: ID, name: 'Olivia Park', similarity: 0.9 } }),
      row('jordan', { participantUuid: 'jordan', kind: 'unknown' }),
      row('zoom-only'),
    ];
    expect(summarizeParticipants(rows)).toEqual({ inCall: 5, known: 2, toConfirm: 1 });
  });

  it('a list straight from Zoom knows nobody yet', () => {
    expect(summarizeParticipants([row('a'), row('b')])).toEqual({ inCall: 2, known: 0, toConfirm: 0 });
  });
});
