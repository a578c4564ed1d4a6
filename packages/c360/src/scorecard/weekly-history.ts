/** The sidebar shows up to 18 weeks of the overall score (notes/c360-domain.md). */
export const HISTORY_WEEKS = 18;
const WEEK_MS = 7 * 86_400_000;

export interface RecordedScore {
  score: number;
  recordedAt: Date;
}

/** Where the weekly window starts: rows older than this cannot show. */
export function historyStart(latest: Date): Date {
  return new Date(latest.getTime() - HISTORY_WEEKS * WEEK_MS);
}

/**
 * One point per week, counting 7-day windows back from the latest score (so the newest bar always holds the
 * current score), each the latest score of its window; at most 18, oldest first. Weeks without a score are
 * left out rather than drawn as 0.
 */
export function weeklyHistory(rows: readonly RecordedScore[], latest: Date): RecordedScore[] {
  const byWeek = new Map<number, RecordedScore>();
  for (const row of rows) {
    const week = Math.floor((latest.getTime() - row.recordedAt.getTime()) / WEEK_MS);
    if (week < 0 || week >= HISTORY_WEEKS) continue;
    const kept = byWeek.get(week);
    if (!kept || row.recordedAt > kept.recordedAt) byWeek.set(week, row);
  }
  return [...byWeek.entries()].sort(([a], [b]) => b - a).map(([, row]) => row);
}
