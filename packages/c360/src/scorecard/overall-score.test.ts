import { describe, expect, it } from 'vitest';
import { contributions, overallScore } from './overall-score.ts';

describe('overallScore', () => {
  it('weights each scored measure', () => {
    expect(
      overallScore([
        { weight: 20, score: 80 },
        { weight: 10, score: 50 },
      ]),
    ).toBe(70);
  });

  it('leaves unscored measures out of both sums', () => {
    expect(
      overallScore([
        { weight: 20, score: 80 },
        { weight: 10, score: null },
      ]),
    ).toBe(80);
  });

  it('rounds half up to a whole number, like every score, and is null when nothing is scored', () => {
    expect(
      overallScore([
        { weight: 1, score: 1 },
        { weight: 2, score: 2 },
      ]),
    ).toBe(2);
    expect(
      overallScore([
        { weight: 1, score: 70 },
        { weight: 1, score: 71 },
      ]),
    ).toBe(71);
    expect(
      overallScore([
        { weight: 3, score: 70 },
        { weight: 1, score: 71 },
      ]),
    ).toBe(70);
    expect(overallScore([{ weight: 10, score: null }])).toBeNull();
    expect(overallScore([])).toBeNull();
  });

  it('lets a zero-weight measure count for nothing, and is null when every scored measure weighs 0', () => {
    expect(
      overallScore([
        { weight: 10, score: 60 },
        { weight: 0, score: 0 },
      ]),
    ).toBe(60);
    expect(
      overallScore([
        { weight: 0, score: 90 },
        { weight: 10, score: null },
      ]),
    ).toBeNull();
  });
});

describe('contributions', () => {
  it('gives each scored measure its share of the weighted sum, adding up to 100 %', () => {
    expect(
      contributions([
        { weight: 20, score: 80 },
        { weight: 10, score: 40 },
        { weight: 5, score: null },
      ]),
    ).toEqual([80, 20, null]);
  });

  it('gives zero-weight measures and an all-zero scorecard a share of 0', () => {
    expect(
      contributions([
        { weight: 0, score: 90 },
        { weight: 10, score: 50 },
      ]),
    ).toEqual([0, 100]);
    expect(
      contributions([
        { weight: 10, score: 0 },
        { weight: 10, score: 0 },
      ]),
    ).toEqual([0, 0]);
  });
});
