import { z } from 'zod';

/**
 * The store holds instants of years 1 to 9999 (JavaScript writes years outside them as `0000-…` or
 * `+010000-…`, which PostgreSQL refuses). Requests keep a year inside that on each side, so what the domain
 * computes from a date (the day after `to`, a chart's weeks before it) is still storable.
 */
export const EARLIEST_DATE = '0002-01-01';
export const LATEST_DATE = '9998-12-31';
const EARLIEST_MS = Date.parse(`${EARLIEST_DATE}T00:00:00.000Z`);
const LATEST_MS = Date.parse(`${LATEST_DATE}T23:59:59.999Z`);
export const DATE_RANGE_MESSAGE = `Use a date from ${EARLIEST_DATE} to ${LATEST_DATE}.`;

/** Whether an instant (an ISO string or milliseconds) lies within the range requests may use. */
export function isStorableInstant(value: string | number): boolean {
  const time = typeof value === 'number' ? value : Date.parse(value);
  return Number.isFinite(time) && time >= EARLIEST_MS && time <= LATEST_MS;
}

/** A calendar day as YYYY-MM-DD (2025-02-30 is not one: it would roll over to March). */
function isCalendarDay(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}

/** The one schema of an instant in a request (ISO 8601 with `Z` or an offset), within the storable range. */
export const dateTime = (params?: Parameters<typeof z.iso.datetime>[0]) =>
  z.iso.datetime({ offset: true, ...(typeof params === 'string' ? { error: params } : params) }).refine(isStorableInstant, DATE_RANGE_MESSAGE);

/** The one schema of a calendar day (YYYY-MM-DD, no time or zone) in a request, within the storable range. */
export const calendarDate = (error = 'Give a date as YYYY-MM-DD.') =>
  z
    .string({ error })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error, abort: true })
    .refine(isCalendarDay, { error, abort: true })
    .refine((day) => isStorableInstant(`${day}T00:00:00.000Z`), DATE_RANGE_MESSAGE);
