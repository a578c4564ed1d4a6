import { describe, expect, it } from 'vitest';
import { overallScore } from './overall-score.ts';

describe('overallScore', () => {
  it('weights each scored measure', () => {
    expect(overallScore([{ weight: 20, score: 80 }, { weight: 10, score: 50 }])).toBe(70);
  });

  it('leaves unscored measures out of both sums', () => {
    expect(overallScore([{ weight: 20, score: 80 }, { weight: 10, score: null }])).toBe(80);
  });

  it('rounds to two decimals and is null when nothing is scored', () => {
    expect(overallScore([{ weight: 1, score: 1 }, { weight: 2, score: 2 }])).toBe(1.67);
    expect(overallScore([{ weight: 10, score: null }])).toBeNull();
    expect(overallScore([])).toBeNull();
  });
});
