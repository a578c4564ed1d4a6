import { describe, expect, it } from 'vitest';
import { dueChoiceOf, dueDateIn, formatDueDate, localCalendarDate } from './due-date';

// Local times: whatever the machine's time zone, these are the user's own calendar days.
const at = (year: number, month: number, day: number, hour = 12) => new Date(year, month - 1, day, hour);

describe('one-click due dates', () => {
  it('count calendar days from today in the user’s own calendar', () => {
    const now = at(2026, 11, 21, 9);
    expect([0, 1, 7, 14].map((days) => dueDateIn(days, now))).toEqual(['2026-11-21', '2026-11-22', '2026-11-28', '2026-12-05']);
  });

  it('use the local date late in the evening and just after midnight', () => {
    expect(dueDateIn(0, at(2026, 11, 21, 23))).toBe('2026-11-21');
    expect(dueDateIn(1, at(2026, 11, 22, 0))).toBe('2026-11-23');
  });

  it('cross month ends, leap days and the year end', () => {
    expect(dueDateIn(1, at(2026, 1, 31))).toBe('2026-02-01');
    expect(dueDateIn(1, at(2028, 2, 28))).toBe('2028-02-29');
    expect(dueDateIn(1, at(2027, 2, 28))).toBe('2027-03-01');
    expect(dueDateIn(1, at(2026, 12, 31, 23))).toBe('2027-01-01');
    expect(dueDateIn(14, at(2026, 12, 25))).toBe('2027-01-08');
  });

  it('recognise a chosen date as its chip, or none for another date', () => {
    const now = at(2026, 11, 21);
    expect(dueChoiceOf('2026-11-22', now)).toBe('tomorrow');
    expect(dueChoiceOf('2026-12-05', now)).toBe('in14Days');
    expect(dueChoiceOf('2026-11-30', now)).toBeNull();
  });

  it('pad months and days', () => {
    expect(localCalendarDate(at(2027, 3, 4))).toBe('2027-03-04');
  });

  it('show a due date on its own day in any language', () => {
    expect(formatDueDate('2026-11-22', 'en')).toBe('Nov 22, 2026');
    expect(formatDueDate('2026-01-01', 'ja')).toBe('2026/01/01');
  });
});
