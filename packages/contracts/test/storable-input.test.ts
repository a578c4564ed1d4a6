import { describe, expect, it } from 'vitest';
import { calendarDate, dateTime, text } from '../src/index.ts';

describe('text()', () => {
  it('takes any text the store keeps as it is, emoji and Japanese included', () => {
    for (const value of ['', 'plain', '株式会社サクラ精機', '😀 𝕏', '\t\n']) expect(text().safeParse(value).success).toBe(true);
  });

  it('refuses NUL and lone surrogates, before its own refinements', () => {
    for (const value of ['a\u0000b', '\u0000', 'a\uD800', '\uDC00b', '\uDBFF\uDBFF']) expect(text().trim().max(5).safeParse(value).success).toBe(false);
  });
});

describe('the date schemas', () => {
  it('take instants and days of years 0002 to 9998, whatever the offset', () => {
    for (const value of ['0002-01-01T00:00:00Z', '2026-12-05T09:00:00+09:00', '9998-12-31T23:59:59.999Z'])
      expect(dateTime().safeParse(value).success).toBe(true);
    for (const value of ['0002-01-01', '2024-02-29', '9998-12-31']) expect(calendarDate().safeParse(value).success).toBe(true);
  });

  it('refuse what the store, or the day after it, cannot hold', () => {
    for (const value of ['0000-01-01T00:00:00Z', '0002-01-01T00:00:00+05:00', '9998-12-31T23:00:00-05:00', '9999-12-31T00:00:00Z']) {
      expect(dateTime().safeParse(value).success).toBe(false);
    }
    for (const value of ['0000-01-01', '0001-12-31', '9999-01-01', '2025-02-30', '2025-1-1']) expect(calendarDate().safeParse(value).success).toBe(false);
  });

  it('names one problem for a day that is not one', () => {
    for (const day of ['nonsense', '2025-13-01']) {
      expect(
        calendarDate('Give a date.')
          .safeParse(day)
          .error?.issues.map((issue) => issue.message),
      ).toEqual(['Give a date.']);
    }
  });
});
