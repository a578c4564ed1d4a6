import { describe, expect, it } from 'vitest';
import { HISTORY_WEEKS, weeklyHistory } from './weekly-history.ts';

const latest = new Date('2026-11-16T09:00:00Z');
const daysBefore = (days: number) => new Date(latest.getTime() - days * 86_400_000);

describe('weeklyHistory', () => {
  it('keeps one point per week for the last 18 weeks, oldest first', () => {
    const rows = Array.from({ length: 25 }, (_, week) => ({ score: week, recordedAt: daysBefore(7 * week) }));
    const points = weeklyHistory(rows, latest);
    expect(points).toHaveLength(HISTORY_WEEKS);
    expect(points.map((point) => point.score)).toEqual(Array.from({ length: HISTORY_WEEKS }, (_, index) => HISTORY_WEEKS - 1 - index));
  });

  it('shows the latest score of a week with several changes', () => {
    const points = weeklyHistory(
      [{ score: 60, recordedAt: daysBefore(3) }, { score: 65, recordedAt: latest }, { score: 50, recordedAt: daysBefore(8) }],
      latest,
    );
    expect(points.map((point) => point.score)).toEqual([50, 65]);
  });

  it('leaves out weeks without a score', () => {
    expect(weeklyHistory([{ score: 40, recordedAt: daysBefore(30) }], latest).map((point) => point.score)).toEqual([40]);
  });
});
