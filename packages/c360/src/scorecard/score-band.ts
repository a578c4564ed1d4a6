import type { ScoreRange, ScoreTrend } from '@c360/contracts';

/**
 * The band a score falls in. A band's lower bound is exclusive except at 0 (notes/c360-domain.md: 0–50,
 * 51–75, 76–100), so a band holds every score above the previous band's maximum up to its own: 50 is in the
 * first, 50.01 already in the second. Null when unscored or outside every band.
 */
export function bandOf(score: number | null, ranges: readonly ScoreRange[]): ScoreRange | null {
  if (score === null) return null;
  const byMax = [...ranges].sort((a, b) => a.max - b.max);
  if (byMax.length === 0 || score < byMax[0]!.min) return null;
  return byMax.find((range) => score <= range.max) ?? null;
}

/** Up, down or the same versus the previous score; without both scores there is no change to show. */
export function trendOf(score: number | null, previous: number | null): ScoreTrend {
  if (score === null || previous === null || score === previous) return 'same';
  return score > previous ? 'up' : 'down';
}
