import { describe, expect, it } from 'vitest';
import { readScore } from './format-score';

describe('readScore', () => {
  it('leads with the number in a numeric scheme and with the band otherwise', () => {
    expect(readScore({ score: 72.5, label: 'Average' }, 'NUMERIC', 'en')).toEqual({ primary: '72.5', secondary: 'Average' });
    expect(readScore({ score: 88, label: 'A' }, 'GRADE', 'en')).toEqual({ primary: 'A', secondary: '88' });
    expect(readScore({ score: 40, label: 'Red' }, 'COLOR', 'en')).toEqual({ primary: 'Red', secondary: '40' });
  });

  it('is null for an unscored measure', () => {
    expect(readScore({ score: null, label: null }, 'GRADE', 'en')).toBeNull();
  });
});
