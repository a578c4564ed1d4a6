/** The sidebar shows up to 18 weeks of the overall score (notes/c360-domain.md). */
export const HISTORY_WEEKS = 18;
const WEEK_MS = 7 * 86_400_000;

export interface RecordedScore {
  score: number;
  recordedAt: Date;
}

/** Where the weekly window starts: the score in force then is the oldest that can show. */
export function historyStart(end: Date): Date {
  return new Date(end.getTime() - (HISTORY_WEEKS - 1) * WEEK_MS);
}

/**
 * One point per week for the 18 weeks ending at `end` (7-day windows counted back from it), oldest first:
 * the score in force at the end of each week, that is the latest recorded by then, dated at the week's end.
 * A week without a change carries the score on, as a weekly snapshot would; weeks before the first score
 * are left out rather than drawn as 0. `rows` must hold the last score recorded before `historyStart(end)`
 * (if any) and every one since.
 */
export function weeklyHistory(rows: readonly RecordedScore[], end: Date): RecordedScore[] {
  const byTime = [...rows].sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime());
  const points: RecordedScore[] = [];
  let next = 0;
  let inForce: RecordedScore | undefined;
  for (let week = HISTORY_WEEKS - 1; week >= 0; week -= 1) {
    const weekEnd = new Date(end.getTime() - week * WEEK_MS);
    while (next < byTime.length && byTime[next]!.recordedAt <= weekEnd) inForce = byTime[next++];
    if (inForce) points.push({ score: inForce.score, recordedAt: weekEnd });
  }
  return points;
}
