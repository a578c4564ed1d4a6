import { describe, expect, it } from 'vitest';
import { formatScore, readScore } from './format-score';

describe('readScore', () => {
  it('leads with the number in a numeric scheme and with the band otherwise', () => {
    expect(readScore({ score: 72, label: 'Average' }, 'NUMERIC', 'en')).toEqual({ primary: '72', secondary: 'Average' });
    expect(readScore({ score: 88, label: 'A' }, 'GRADE', 'en')).toEqual({ primary: 'A', secondary: '88' });
    expect(readScore({ score: 40, label: 'Red' }, 'COLOR', 'en')).toEqual({ primary: 'Red', secondary: '40' });
  });

  it('reads every score in every scheme by one rule: a whole number, a fraction rounded half up', () => {
    expect(readScore({ score: 73.2, label: 'Average' }, 'NUMERIC', 'en')?.primary).toBe('73');
    expect(readScore({ score: 70.05, label: 'Average' }, 'NUMERIC', 'en')?.primary).toBe('70');
    expect(readScore({ score: 70.5, label: 'B' }, 'GRADE', 'ja')?.secondary).toBe('71');
    expect(readScore({ score: 100, label: 'Green' }, 'COLOR', 'en')?.secondary).toBe('100');
    expect(formatScore(0.5, 'en')).toBe('1');
  });

  it('is null for an unscored measure', () => {
    expect(readScore({ score: null, label: null }, 'GRADE', 'en')).toBeNull();
  });
});
