import * as chrono from 'chrono-node';
import { addDays, dayIn, endOfMonth, isoDay, nextDayOfMonth, nextWeekday, offsetMinutes, weekdayOfWeek, type CalendarDay } from './calendar-day.ts';
import type { ConversationLanguage } from './language.ts';

/**
 * A deadline phrase and the day it means, given the day it was said. Deadlines name the last working day
 * of a period: "next week" / 来週 is next week's Friday, "end of the month" / 月末 its last day.
 */
interface DeadlineRule {
  pattern: RegExp;
  resolve(match: RegExpExecArray, today: CalendarDay): CalendarDay | undefined;
}

const FRIDAY = 4;
const MONDAY = 0;
const EN_WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const JA_WEEKDAYS = ['月', '火', '水', '木', '金', '土', '日'];
const EN_WEEKDAY = '(monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const EN_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  ten: 10,
  couple: 2,
  'couple of': 2,
  few: 3,
};
const JA_NUMBERS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, 日: 1, 週間: 7 };

const enWeekday = (name: string) => EN_WEEKDAYS.indexOf(name.toLowerCase());
const jaWeekday = (name: string) => JA_WEEKDAYS.indexOf(name);
const thisWeek = (today: CalendarDay, weekday: number) => {
  const day = weekdayOfWeek(today, 0, weekday);
  return day < today ? today : day;
};
const inPeriod = (count: number, unit: string, today: CalendarDay) =>
  unit.startsWith('month') || unit.includes('月') ? endOfMonth(today, count - 1) : addDays(today, count * (UNIT_DAYS[unit.replace(/s$/, '')] ?? 1));

const rule = (pattern: RegExp, resolve: DeadlineRule['resolve']): DeadlineRule => ({ pattern, resolve });

/** Most specific first: the first rule that matches decides. */
const EN_RULES: DeadlineRule[] = [
  rule(/\b(?:end of (?:the )?day|eod|today(?!['’]s)|tonight|this (?:afternoon|evening))\b/i, (_, today) => today),
  rule(/\bday after tomorrow\b/i, (_, today) => addDays(today, 2)),
  rule(/\b(?:tomorrow|tmrw)\b/i, (_, today) => addDays(today, 1)),
  rule(new RegExp(`\\b${EN_WEEKDAY}(?: of)? next week\\b`, 'i'), ([, name], today) => weekdayOfWeek(today, 1, enWeekday(name!))),
  rule(new RegExp(`\\bnext ${EN_WEEKDAY}\\b`, 'i'), ([, name], today) => weekdayOfWeek(today, 1, enWeekday(name!))),
  rule(new RegExp(`\\bthis ${EN_WEEKDAY}\\b`, 'i'), ([, name], today) => thisWeek(today, enWeekday(name!))),
  rule(new RegExp(`(?<!\\blast )\\b${EN_WEEKDAY}\\b`, 'i'), ([, name], today) => nextWeekday(today, enWeekday(name!))),
  rule(/\bweek after next\b/i, (_, today) => weekdayOfWeek(today, 2, FRIDAY)),
  rule(/\b(?:early|beginning of|start of|first thing) next week\b/i, (_, today) => weekdayOfWeek(today, 1, MONDAY)),
  rule(/\bnext week\b/i, (_, today) => weekdayOfWeek(today, 1, FRIDAY)),
  rule(/\b(?:end of (?:the |this )?week|this week|later this week)\b/i, (_, today) => thisWeek(today, FRIDAY)),
  rule(/\bnext month\b/i, (_, today) => endOfMonth(today, 1)),
  rule(/\b(?:end of (?:the |this )?month|month[- ]end|eom|this month)\b/i, (_, today) => endOfMonth(today, 0)),
  rule(
    /\b(?:in|within|over)(?: the next)? (\d+|an?|one|two|three|four|five|six|seven|ten|couple(?: of)?|few) (days?|weeks?|months?)\b/i,
    ([, count, unit], today) => inPeriod(Number(count) || EN_NUMBERS[count!.toLowerCase()] || 1, unit!.toLowerCase(), today),
  ),
  rule(/\bthe (\d{1,2})(?:st|nd|rd|th)\b/i, ([, date], today) => nextDayOfMonth(today, Number(date))),
];

const JA_RULES: DeadlineRule[] = [
  // 今日 as a deadline (今日中に, 本日までに, 今日、…), not as the day something happened (本日決まったこと).
  rule(/(?:本日|今日|今夜|今晩|夕方)(?=中|まで|の?うち|に|、)/, (_, today) => today),
  rule(/明後日|あさって/, (_, today) => addDays(today, 2)),
  rule(/明日|あした|翌日/, (_, today) => addDays(today, 1)),
  rule(/再来週/, (_, today) => weekdayOfWeek(today, 2, FRIDAY)),
  rule(/来週の?([月火水木金土日])曜/, ([, name], today) => weekdayOfWeek(today, 1, jaWeekday(name!))),
  rule(/今週の?([月火水木金土日])曜/, ([, name], today) => thisWeek(today, jaWeekday(name!))),
  rule(/([月火水木金土日])曜/, ([, name], today) => nextWeekday(today, jaWeekday(name!))),
  rule(/来週の?(?:頭|初め|はじめ|早々|前半|月曜)|週明け/, (_, today) => weekdayOfWeek(today, 1, MONDAY)),
  rule(/来週末?/, (_, today) => weekdayOfWeek(today, 1, FRIDAY)),
  rule(/今週末?/, (_, today) => thisWeek(today, FRIDAY)),
  rule(/来月の?(?:頭|初め|はじめ)/, (_, today) => new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 1))),
  rule(/来月末?/, (_, today) => endOfMonth(today, 1)),
  rule(/月末|今月/, (_, today) => endOfMonth(today, 0)),
  rule(/(\d+|[一二三四五六七八九十])(日|週間|か月|ヶ月|カ月)(?:以内|後|ほど|で|のうち)/, ([, count, unit], today) =>
    inPeriod(Number(count) || JA_NUMBERS[count!] || 1, unit === '日' || unit === '週間' ? unit : '月', today),
  ),
  rule(/(\d{1,2})月(\d{1,2})日/, ([, month, date], today) => {
    const day = new Date(Date.UTC(today.getUTCFullYear(), Number(month) - 1, Number(date)));
    return day < today ? new Date(Date.UTC(today.getUTCFullYear() + 1, Number(month) - 1, Number(date))) : day;
  }),
  rule(/(\d{1,2})日(?:まで|に|中|ごろ|頃|締め)/, ([, date], today) => nextDayOfMonth(today, Number(date))),
];

/** Full-width digits as ASCII, so one pattern reads both. */
const asciiDigits = (text: string) => text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));

/** Explicit dates the rules do not cover ("March 20", "3/20"): chrono, when the phrase names a number or month. */
function chronoDay(text: string, language: ConversationLanguage, said: Date, timeZone: string): CalendarDay | undefined {
  const parser = language === 'ja' ? chrono.ja : chrono.en;
  const result = parser
    .parse(text, { instant: said, timezone: offsetMinutes(said, timeZone) }, { forwardDate: true })
    .find((candidate) => /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i.test(candidate.text) && candidate.start.isCertain('day'));
  return result && dayIn(result.start.date(), timeZone);
}

// "by Friday", "before the 15th" / 「金曜日までに」「今週中に」: the phrase that is the deadline, when a sentence names several days.
const EN_DEADLINE_BEFORE = /\b(?:by|before|until|till|no later than)\s+(?:the\s+|this\s+|next\s+)?$/i;
const JA_DEADLINE_AFTER = /^(?:の?うち|中|いっぱい|まで|以内)/u;

function isDeadline(match: RegExpExecArray, language: ConversationLanguage): boolean {
  if (language === 'ja') return JA_DEADLINE_AFTER.test(match.input.slice(match.index + match[0].length)) || match[0].includes('まで');
  return EN_DEADLINE_BEFORE.test(match.input.slice(0, match.index));
}

/**
 * The due day (YYYY-MM-DD) a sentence names, resolved against when it was said, in `timeZone`'s calendar:
 * the phrase marked as a deadline if any ("notes from today's call by Friday" is due Friday), else the
 * first rule that matches.
 */
export function dueDateOf(text: string, language: ConversationLanguage, said: Date, timeZone: string): string | undefined {
  const today = dayIn(said, timeZone);
  const normalized = asciiDigits(text);
  const found = (language === 'ja' ? JA_RULES : EN_RULES).flatMap(({ pattern, resolve }) => {
    const match = pattern.exec(normalized);
    const day = match && resolve(match, today);
    return match && day ? [{ day, deadline: isDeadline(match, language) }] : [];
  });
  const chosen = (found.find((candidate) => candidate.deadline) ?? found[0])?.day ?? chronoDay(normalized, language, said, timeZone);
  return chosen && chosen >= today ? isoDay(chosen) : undefined;
}
