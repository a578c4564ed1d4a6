import { describe, expect, it } from 'vitest';
import { bandOf, trendOf } from './score-band.ts';

const ranges = [
  { label: 'Good', color: 'green', min: 76, max: 100 },
  { label: 'Poor', color: 'red', min: 0, max: 50 },
  { label: 'Average', color: 'amber', min: 51, max: 75 },
];
const labelOf = (score: number | null) => bandOf(score, ranges)?.label ?? null;

describe('bandOf (the boundary rule)', () => {
  it('includes 0 in the first band and each band its upper bound', () => {
    expect(labelOf(0)).toBe('Poor');
    expect(labelOf(50)).toBe('Poor');
    expect(labelOf(75)).toBe('Average');
    expect(labelOf(100)).toBe('Good');
  });

  it('puts a score just above a bound in the next band, the lower bound being exclusive', () => {
    expect(labelOf(50.01)).toBe('Average');
    expect(labelOf(51)).toBe('Average');
    expect(labelOf(75.5)).toBe('Good');
  });

  it('has no band for an unscored measure or a score outside the scheme', () => {
    expect(labelOf(null)).toBeNull();
    expect(labelOf(-1)).toBeNull();
    expect(labelOf(100.5)).toBeNull();
  });
});

describe('trendOf', () => {
  it('compares with the previous score', () => {
    expect(trendOf(70, 60)).toBe('up');
    expect(trendOf(60, 70)).toBe('down');
    expect(trendOf(70, 70)).toBe('same');
  });

  it('is the same without a previous or a current score', () => {
    expect(trendOf(70, null)).toBe('same');
    expect(trendOf(null, 70)).toBe('same');
  });
});
