import { todayOf } from '../ctas/cta-clock.ts';

const DAY_MS = 86_400_000;

/**
 * Whole calendar days from today to a renewal date (a `@db.Date`, UTC midnight): 0 on the day, negative once
 * it has passed. "Today" is the UTC date, as for overdue CTAs (domains carry no time zone).
 */
export const daysToRenewal = (renewalDate: Date, now: Date): number => Math.round((renewalDate.getTime() - Date.parse(`${todayOf(now)}T00:00:00Z`)) / DAY_MS);
