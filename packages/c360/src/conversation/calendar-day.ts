/** A calendar day, computed on as a UTC midnight so adding days never meets a daylight-saving change. */
export type CalendarDay = Date;

const DAY_MS = 86_400_000;

// Building a formatter costs far more than using one: one per zone and purpose, kept.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterOf(timeZone: string, purpose: 'day' | 'offset'): Intl.DateTimeFormat {
  const key = `${purpose}:${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(
      'en-US',
      purpose === 'day' ? { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' } : { timeZone, timeZoneName: 'longOffset' },
    );
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The day `instant` falls on in `timeZone`'s calendar. */
export function dayIn(instant: Date, timeZone: string): CalendarDay {
  const parts = formatterOf(timeZone, 'day').formatToParts(instant);
  const part = (type: string) => Number(parts.find((candidate) => candidate.type === type)?.value);
  return new Date(Date.UTC(part('year'), part('month') - 1, part('day')));
}

export const addDays = (day: CalendarDay, days: number): CalendarDay => new Date(day.getTime() + days * DAY_MS);

/** Monday 0 … Sunday 6: weeks start on Monday, so "next week" is the one after the coming Sunday. */
export const weekdayOf = (day: CalendarDay): number => (day.getUTCDay() + 6) % 7;

/** The `weekday` (Monday 0) of the week `weeksAhead` weeks from `day`'s week. */
export const weekdayOfWeek = (day: CalendarDay, weeksAhead: number, weekday: number): CalendarDay => addDays(day, weeksAhead * 7 + weekday - weekdayOf(day));

/** The first `weekday` after `day` (a week later when `day` is that weekday). */
export function nextWeekday(day: CalendarDay, weekday: number): CalendarDay {
  const ahead = (weekday - weekdayOf(day) + 7) % 7;
  return addDays(day, ahead === 0 ? 7 : ahead);
}

/** The last day of the month `monthsAhead` months from `day`'s. */
export const endOfMonth = (day: CalendarDay, monthsAhead: number): CalendarDay =>
  new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + monthsAhead + 1, 0));

/** The next day-of-month `date` from `day` on (this month's if still ahead or today, else next month's). */
export function nextDayOfMonth(day: CalendarDay, date: number): CalendarDay | undefined {
  if (date < 1 || date > 31) return undefined;
  for (const monthsAhead of [0, 1, 2]) {
    const candidate = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + monthsAhead, date));
    // A 31st in a 30-day month rolls over; take the next month that has it.
    if (candidate.getUTCDate() === date && candidate >= day) return candidate;
  }
  return undefined;
}

export const isoDay = (day: CalendarDay): string => day.toISOString().slice(0, 10);

/** `timeZone`'s offset from UTC at `instant`, in minutes (what chrono takes as its reference zone). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const name = formatterOf(timeZone, 'offset')
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}
