/** Whole minutes between start and end (at most a day, as an activity's duration), or null when unknown. */
export function meetingDuration(startedAt: Date | null, endedAt: Date | null): number | null {
  if (startedAt === null || endedAt === null) return null;
  return Math.min(1440, Math.max(0, Math.round((endedAt.getTime() - startedAt.getTime()) / 60_000)));
}
