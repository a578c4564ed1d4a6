import { describe, expect, it } from 'vitest';
import { participantStateOf } from './participant-state';

const OLIVIA = '5f0c6a3e-8e43-4a8e-9f3e-2b1d8c7a6e51';

describe('participantStateOf', () => {
  it('reads a name-only suggestion as waiting for a confirmation, not as someone Gainsight does not know', () => {
    const match = { participantUuid: 'P3', kind: 'suggested-person', suggestion: { personId: OLIVIA, name: 'Olivia Park', similarity: 0.9 } } as const;
    expect(participantStateOf(match, 'Olivia P.')).toEqual({ kind: 'to-confirm', suggestion: { personId: OLIVIA, name: 'Olivia Park' } });
  });

  it('reads a confirmed or e-mail match as known, and a colleague as internal', () => {
    expect(participantStateOf({ participantUuid: 'P3', kind: 'person', personId: OLIVIA, name: 'Olivia Park' }, 'Olivia P.')).toEqual({
      kind: 'known',
      personId: OLIVIA,
      name: 'Olivia Park',
    });
    expect(participantStateOf({ participantUuid: 'P1', kind: 'internal' }, 'Alex Morgan')).toEqual({ kind: 'internal', name: 'Alex Morgan' });
  });

  it('reads no match, or a suggestion without a person, as not in Gainsight', () => {
    expect(participantStateOf({ participantUuid: 'P4', kind: 'unknown' }, 'Jordan Blake')).toEqual({ kind: 'not-in-gainsight' });
    expect(participantStateOf({ participantUuid: 'P4', kind: 'suggested-person' }, 'Jordan Blake')).toEqual({ kind: 'not-in-gainsight' });
  });
});
