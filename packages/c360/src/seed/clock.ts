/**
 * The moment the demo data is written against. Dates are computed from it, never from the clock, so every
 * build gives identical rows; loading then moves them all to the load day (`anchorSeedRows`).
 */
export const REFERENCE_NOW = new Date('2026-11-16T09:00:00Z');

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

/** A working-hours moment `daysAgo` days before REFERENCE_NOW (UTC, on a quarter hour). */
export function workdayMoment(daysAgo: number, minuteOfDay: number): Date {
  const day = dateOnly(addDays(REFERENCE_NOW, -daysAgo));
  return addMinutes(day, minuteOfDay - (minuteOfDay % 15));
}

/**
 * Whole days from REFERENCE_NOW to the latest moment of the same time of day that is not after `loadedAt`:
 * shifting by whole days keeps times of day and `@db.Date` values, and nothing lands in the future.
 */
export function anchorDaysFor(loadedAt: Date): number {
  return Math.floor((loadedAt.getTime() - REFERENCE_NOW.getTime()) / DAY_MS);
}

/** The demo data's "now" when loaded at `loadedAt`: REFERENCE_NOW moved to the load day. */
export const seedNowFor = (loadedAt: Date): Date => addDays(REFERENCE_NOW, anchorDaysFor(loadedAt));
