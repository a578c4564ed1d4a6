import { describe, expect, it } from 'vitest';
import { HISTORY_WEEKS, historyStart, weeklyHistory } from './weekly-history.ts';

const end = new Date('2031-05-14T16:20:00Z');
const daysBefore = (days: number) => new Date(end.getTime() - days * 86_400_000);

describe('weeklyHistory', () => {
  it('keeps one point per week for the last 18 weeks, oldest first, each dated at its week’s end', () => {
    const rows = Array.from({ length: 25 }, (_, week) => ({ score: week, recordedAt: daysBefore(7 * week) }));
    const points = weeklyHistory(rows, end);
    expect(points.map((point) => point.score)).toEqual(Array.from({ length: HISTORY_WEEKS }, (_, index) => HISTORY_WEEKS - 1 - index));
    expect(points.map((point) => point.recordedAt)).toEqual(Array.from({ length: HISTORY_WEEKS }, (_, index) => daysBefore(7 * (HISTORY_WEEKS - 1 - index))));
  });

  it('shows the score in force at the end of a week with several changes', () => {
    const points = weeklyHistory(
      [
        { score: 60, recordedAt: daysBefore(3) },
        { score: 65, recordedAt: daysBefore(1) },
        { score: 50, recordedAt: daysBefore(8) },
      ],
      end,
    );
    expect(points.map((point) => point.score).slice(-2)).toEqual([50, 65]);
  });

  it('carries a score on through weeks without a change, and still shows 18 weeks after a new score', () => {
    const weekly = Array.from({ length: 18 }, (_, week) => ({ score: 70, recordedAt: daysBefore(7 * week + 20) }));
    const points = weeklyHistory([...weekly, { score: 73.2, recordedAt: daysBefore(0) }], end);
    expect(points).toHaveLength(HISTORY_WEEKS);
    expect(points.at(-1)!.score).toBe(73.2);
    expect(points.at(-2)!.score).toBe(70);
  });

  it('leaves out the weeks before the first score', () => {
    expect(weeklyHistory([{ score: 40, recordedAt: daysBefore(30) }], end).map((point) => point.score)).toEqual([40, 40, 40, 40, 40]);
    expect(weeklyHistory([], end)).toEqual([]);
  });

  it('starts the window so that the score in force at the oldest week’s end is the one before it', () => {
    const before = { score: 12, recordedAt: new Date(historyStart(end).getTime() - 1) };
    expect(weeklyHistory([before], end)).toHaveLength(HISTORY_WEEKS);
  });
});
