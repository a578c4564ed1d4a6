import { describe, expect, it } from 'vitest';
import { dueDateOf } from './due-date.ts';

describe('due dates from deadline phrases', () => {
  it('counts from the day in the meeting’s time zone, not UTC’s', () => {
    // Tuesday 23:30 UTC is already Wednesday in Tokyo: 明日 is Thursday.
    const said = new Date('2026-03-03T23:30:00Z');
    expect(dueDateOf('明日までに送ります', 'ja', said, 'Asia/Tokyo')).toBe('2026-03-05');
    expect(dueDateOf("I'll send it tomorrow", 'en', said, 'America/New_York')).toBe('2026-03-04');
  });

  it('rolls the month and year over: the 2nd after the 30th, end of next month in December, the same weekday a week on', () => {
    expect(dueDateOf('by the 2nd', 'en', new Date('2026-12-30T12:00:00Z'), 'UTC')).toBe('2027-01-02');
    expect(dueDateOf('来月末までに', 'ja', new Date('2026-12-10T03:00:00Z'), 'Asia/Tokyo')).toBe('2027-01-31');
    expect(dueDateOf('by Wednesday', 'en', new Date('2026-03-04T15:00:00Z'), 'UTC')).toBe('2026-03-11');
  });

  it('reads full-width digits, explicit dates through chrono, and nothing from a date already past', () => {
    const said = new Date('2026-03-04T01:00:00Z');
    expect(dueDateOf('１５日までに', 'ja', said, 'Asia/Tokyo')).toBe('2026-03-15');
    expect(dueDateOf('by 3/20', 'en', said, 'Asia/Tokyo')).toBe('2026-03-20');
    expect(dueDateOf('we shipped it last Monday', 'en', said, 'Asia/Tokyo')).toBeUndefined();
  });
});
