const HOUR_MS = 3_600_000;

/** A `@db.Date` value (UTC midnight) or a moment as its calendar date, YYYY-MM-DD in UTC. */
export const calendarDateOf = (date: Date): string => date.toISOString().slice(0, 10);

/** The domain's "today" for overdue flags: domains carry no time zone, so the UTC date. */
export const todayOf = (now: Date): string => calendarDateOf(now);

/**
 * The earliest due date a new CTA may have. The sidebar offers "today" in the user's own calendar, which
 * may still be yesterday in UTC (up to UTC−12), so only dates before today everywhere on Earth are past.
 */
export const earliestDueDateOf = (now: Date): string => calendarDateOf(new Date(now.getTime() - 12 * HOUR_MS));
