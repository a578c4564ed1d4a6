import { describe, expect, it } from 'vitest';
import { participantMatchSchema } from '../src/meetings.ts';

const OLIVIA = '5f0c6a3e-8e43-4a8e-9f3e-2b1d8c7a6e51';
const ALEX = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const NORTHWIND = '3b0c6f1e-3f1b-4c59-9a51-2f4f1b1a9c01';
const accepts = (match: unknown) => participantMatchSchema.safeParse(match).success;

describe('participantMatchSchema', () => {
  it('carries a name-only suggestion as the suggested person to confirm, never without one', () => {
    expect(accepts({ participantUuid: 'P3', kind: 'suggested-person', suggestion: { personId: OLIVIA, name: 'Olivia Park', similarity: 0.9 } })).toBe(true);
    expect(accepts({ participantUuid: 'P3', kind: 'suggested-person' })).toBe(false);
    expect(accepts({ participantUuid: 'P3', kind: 'suggested-person', suggestion: { personId: OLIVIA, similarity: 0.9 } })).toBe(false);
  });

  it('carries a confirmed or e-mail match with its person and companies, and a colleague with their user', () => {
    expect(accepts({ participantUuid: 'P3', kind: 'person', personId: OLIVIA, name: 'Olivia Park', companyIds: [NORTHWIND] })).toBe(true);
    expect(accepts({ participantUuid: 'P3', kind: 'person', name: 'Olivia Park', companyIds: [] })).toBe(false);
    expect(accepts({ participantUuid: 'P1', kind: 'internal', userId: ALEX, name: 'Alex Morgan' })).toBe(true);
    expect(accepts({ participantUuid: 'P1', kind: 'internal' })).toBe(false);
  });

  it('carries no match as unknown, and no other kind', () => {
    expect(participantMatchSchema.parse({ participantUuid: 'P4', kind: 'unknown', personId: OLIVIA })).toEqual({ participantUuid: 'P4', kind: 'unknown' });
    expect(accepts({ participantUuid: 'P4', kind: 'guest' })).toBe(false);
  });
});
