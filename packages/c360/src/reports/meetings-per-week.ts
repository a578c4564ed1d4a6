import { now } from '../clock/index.ts';
import { DEFAULT_REPORT_WEEKS, MEETING_EVENT_TYPES, type MeetingsPerWeek } from '@c360/contracts';
import { Prisma, type PrismaClient } from '../store/prisma.ts';
import { endOfDay, filterConditions, startOfDay, type ReportFilter } from './report-filter.ts';

/** A long range still makes a small chart: at most two years of weeks, the latest ones. */
const MAX_CHART_WEEKS = 104;
const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

const today = (now: Date) => now.toISOString().slice(0, 10);

/**
 * The chart's days: the filter's range, else the last DEFAULT_REPORT_WEEKS weeks up to `to` (or today), and
 * never more than MAX_CHART_WEEKS weeks before its end.
 */
export function chartRange(filter: ReportFilter, now: Date): { from: Date; to: Date } {
  const lastDay = startOfDay(filter.to ?? today(now));
  const lastMonday = lastDay.getTime() - ((lastDay.getUTCDay() + 6) % 7) * DAY_MS;
  const earliest = new Date(lastMonday - (MAX_CHART_WEEKS - 1) * WEEK_MS);
  const from = filter.from === undefined ? new Date(lastMonday - (DEFAULT_REPORT_WEEKS - 1) * WEEK_MS) : startOfDay(filter.from);
  return { from: from < earliest ? earliest : from, to: endOfDay(filter.to ?? today(now)) };
}

/**
 * Meetings per UTC ISO week (Monday), every week of the range with zeros, oldest first: the distinct
 * `meetingUuid`s of the filtered `sidebar.opened` and `meeting.logged` events (contracts: MEETING_EVENT_TYPES),
 * counted by one SQL aggregate, never by loading events into Node. A type filter narrows the count only
 * when it is one of those types; the chart always counts meetings.
 */
export async function readMeetingsPerWeek(prisma: PrismaClient, domainId: string, filter: ReportFilter): Promise<MeetingsPerWeek> {
  const isMeetingType = (MEETING_EVENT_TYPES as readonly string[]).includes(filter.type ?? '');
  const { from, to } = chartRange(filter, now());
  const conditions = [
    ...filterConditions(domainId, { ...filter, type: isMeetingType ? filter.type : undefined, from: undefined, to: undefined }, MEETING_EVENT_TYPES),
    Prisma.sql`e."meetingUuid" IS NOT NULL`,
    Prisma.sql`e."createdAt" >= ${from.toISOString()}::timestamptz`,
    Prisma.sql`e."createdAt" < ${to.toISOString()}::timestamptz`,
  ];
  // Weeks are truncated in UTC whatever the session's time zone.
  return prisma.$queryRaw<MeetingsPerWeek>`
    WITH weeks AS (
      SELECT generate_series(
        date_trunc('week', ${from.toISOString()}::timestamptz AT TIME ZONE 'UTC'),
        date_trunc('week', (${to.toISOString()}::timestamptz - interval '1 millisecond') AT TIME ZONE 'UTC'),
        interval '1 week') AS week
    ), counted AS (
      SELECT date_trunc('week', e."createdAt" AT TIME ZONE 'UTC') AS week, COUNT(DISTINCT e."meetingUuid")::int AS meetings
      FROM "AuditEvent" e
      WHERE ${Prisma.join(conditions, ' AND ')}
      GROUP BY 1
    )
    SELECT to_char(weeks.week, 'YYYY-MM-DD') AS "weekStart", COALESCE(counted.meetings, 0)::int AS meetings
    FROM weeks LEFT JOIN counted ON counted.week = weeks.week
    ORDER BY weeks.week`;
}
