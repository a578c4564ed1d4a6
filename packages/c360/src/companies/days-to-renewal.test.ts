import { describe, expect, it } from 'vitest';
import { daysToRenewal } from './days-to-renewal.ts';

const renewal = new Date('2027-03-01T00:00:00Z');

describe('days to renewal', () => {
  it('counts calendar days, whatever the hour of today', () => {
    expect(daysToRenewal(renewal, new Date('2027-02-20T00:00:00Z'))).toBe(9);
    expect(daysToRenewal(renewal, new Date('2027-02-20T23:59:00Z'))).toBe(9);
  });

  it('is 0 on the renewal day and negative once it has passed', () => {
    expect(daysToRenewal(renewal, new Date('2027-03-01T12:00:00Z'))).toBe(0);
    expect(daysToRenewal(renewal, new Date('2027-03-03T08:00:00Z'))).toBe(-2);
  });
});
