/**
 * The fixed "now" of the demo data. Dates are computed from it, never from the clock, so every run
 * seeds identical rows (and tests can compare them).
 */
export const SEED_NOW = new Date('2026-11-16T09:00:00Z');

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

export function addMinutes(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * MINUTE_MS);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Midnight UTC of the date: the value of a `@db.Date` column. */
export function dateOnly(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** A working-hours moment `daysAgo` days before SEED_NOW (UTC, on a quarter hour). */
export function workdayMoment(daysAgo: number, minuteOfDay: number): Date {
  const day = dateOnly(addDays(SEED_NOW, -daysAgo));
  return addMinutes(day, minuteOfDay - (minuteOfDay % 15));
}
