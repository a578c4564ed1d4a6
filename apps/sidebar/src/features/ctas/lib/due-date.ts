/** The one-click due dates of a follow-up (seed 002: today, tomorrow, in 7 days, in 14 days). */
export const DUE_CHOICES = [
  { id: 'today', days: 0 },
  { id: 'tomorrow', days: 1 },
  { id: 'in7Days', days: 7 },
  { id: 'in14Days', days: 14 },
] as const;
export type DueChoiceId = (typeof DUE_CHOICES)[number]['id'];

const pad = (value: number) => String(value).padStart(2, '0');

/** The date in the user's own calendar (local time zone), as YYYY-MM-DD. */
export const localCalendarDate = (date: Date): string => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/**
 * `days` calendar days after today in the user's calendar. Built from local year, month and day rather
 * than by adding 24-hour steps, so month and year ends and daylight-saving changes fall on the right day.
 */
export function dueDateIn(days: number, now: Date = new Date()): string {
  return localCalendarDate(new Date(now.getFullYear(), now.getMonth(), now.getDate() + days));
}

/** Which one-click choice a date is, if any. */
export function dueChoiceOf(dueDate: string, now: Date = new Date()): DueChoiceId | null {
  return DUE_CHOICES.find((choice) => dueDateIn(choice.days, now) === dueDate)?.id ?? null;
}

/** A YYYY-MM-DD due date in the UI language ("Nov 22, 2026", "2026/11/22"), without shifting its day. */
export const formatDueDate = (dueDate: string, language: string): string =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${dueDate}T00:00:00Z`));
