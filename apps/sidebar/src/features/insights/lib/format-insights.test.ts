import { describe, expect, it } from 'vitest';
import { closedFraction, formatDuration, formatPercent, happinessShares } from './format-insights';

describe('formatDuration', () => {
  it('reads minutes under an hour, hours under a day, then days', () => {
    expect(formatDuration(45, 'en')).toBe('45 minutes');
    expect(formatDuration(1, 'en')).toBe('1 minute');
    expect(formatDuration(150, 'en')).toBe('2.5 hours');
    expect(formatDuration(60, 'en')).toBe('1 hour');
    expect(formatDuration(1440, 'en')).toBe('1 day');
    expect(formatDuration(1080 * 4, 'en')).toBe('3 days');
  });

  it('chooses the unit after rounding, so no "60 minutes" or "24 hours"', () => {
    expect(formatDuration(59.7, 'en')).toBe('1 hour');
    expect(formatDuration(1439, 'en')).toBe('1 day');
  });

  it('speaks Japanese', () => {
    expect(formatDuration(45, 'ja')).toBe('45 分');
    expect(formatDuration(150, 'ja')).toBe('2.5 時間');
    expect(formatDuration(2880, 'ja')).toBe('2 日');
  });

  it('leaves nothing measured as null', () => {
    expect(formatDuration(null, 'en')).toBeNull();
  });
});

describe('happinessShares', () => {
  it('gives whole percents of the rated tickets that add up to 100', () => {
    expect(happinessShares({ good: 2, okay: 1, bad: 2, rated: 5 })).toEqual({ good: 40, okay: 20, bad: 40 });
    expect(happinessShares({ good: 1, okay: 1, bad: 1, rated: 3 })).toEqual({ good: 34, okay: 33, bad: 33 });
    expect(happinessShares({ good: 2, okay: 0, bad: 1, rated: 3 })).toEqual({ good: 67, okay: 0, bad: 33 });
  });

  it('is null when nothing is rated', () => {
    expect(happinessShares({ good: 0, okay: 0, bad: 0, rated: 0 })).toBeNull();
  });
});

describe('formatPercent and closedFraction', () => {
  it('formats whole percents per language', () => {
    expect(formatPercent(40, 'en')).toBe('40%');
    expect(formatPercent(40, 'ja')).toBe('40%');
  });

  it('is the closed share of the total, 0 for nothing', () => {
    expect(closedFraction({ open: 1, closed: 3 })).toBe(0.75);
    expect(closedFraction({ open: 0, closed: 0 })).toBe(0);
  });
});
