// Reports: the large company's first page of events, with meetings per week.
import { REPORT_EVENT_TYPES } from '../../packages/contracts/src/reports.ts';
import { listReportEvents } from '../../packages/c360/src/reports/list-report-events.ts';
import { AFTER_CALL_SIZES } from '../seed-after-call.ts';
import { log, measure } from '../timing.ts';
import type { Scenario } from './scenario.ts';

export const reportEvents: Scenario = async ({ domainId, bigCompanyId, actor, http, prisma, raw, iters }) => {
  const reportPageSql = `
    SELECT e.id, e.type, e."createdAt", e."meetingUuid", e.data, u.id AS "userId", u."displayName" AS "userName",
           c.id AS "companyId", c.name AS "companyName", r.id AS "relationshipId", r.name AS "relationshipName"
    FROM "AuditEvent" e
    LEFT JOIN "User" u ON u.id = e."userId"
    LEFT JOIN "Relationship" r ON r.id = e."relationshipId"
    LEFT JOIN "Company" c ON c.id = COALESCE(e."companyId", r."companyId")
    WHERE e."domainId" = $1::uuid AND e.type = ANY($3::text[])
      AND (e."companyId" = $2::uuid OR e."relationshipId" IN (SELECT id FROM "Relationship" WHERE "companyId" = $2::uuid AND "domainId" = $1::uuid))
    ORDER BY e."createdAt" DESC, e.id DESC
    LIMIT 51`;
  const weeksSql = `
    WITH weeks AS (
      SELECT generate_series(date_trunc('week', $3::timestamptz AT TIME ZONE 'UTC'), date_trunc('week', $4::timestamptz AT TIME ZONE 'UTC'), interval '1 week') AS week
    ), counted AS (
      SELECT date_trunc('week', e."createdAt" AT TIME ZONE 'UTC') AS week, COUNT(DISTINCT e."meetingUuid")::int AS meetings
      FROM "AuditEvent" e
      WHERE e."domainId" = $1::uuid AND e.type IN ('sidebar.opened', 'meeting.logged') AND e."meetingUuid" IS NOT NULL
        AND (e."companyId" = $2::uuid OR e."relationshipId" IN (SELECT id FROM "Relationship" WHERE "companyId" = $2::uuid AND "domainId" = $1::uuid))
        AND e."createdAt" >= $3::timestamptz AND e."createdAt" < $4::timestamptz
      GROUP BY 1
    )
    SELECT to_char(weeks.week, 'YYYY-MM-DD') AS "weekStart", COALESCE(counted.meetings, 0) AS meetings
    FROM weeks LEFT JOIN counted ON counted.week = weeks.week ORDER BY weeks.week`;
  const chartTo = new Date();
  const chartFrom = new Date(chartTo.getTime() - 12 * 7 * 86_400_000);
  const rawReport = () =>
    Promise.all([
      raw.query(reportPageSql, [domainId, bigCompanyId, REPORT_EVENT_TYPES]),
      raw.query(weeksSql, [domainId, bigCompanyId, chartFrom.toISOString(), chartTo.toISOString()]),
    ]);
  log('reports…');
  const reportN = iters(100);
  return [
    {
      scenario: `reports: first page (50) of the large company + meetings per week`,
      bff: await measure(reportN, 8, () => http('GET', `/api/reports/events?companyId=${bigCompanyId}`)),
      domain: await measure(reportN, 8, () => listReportEvents(prisma, actor, { companyId: bigCompanyId })),
      raw: await measure(reportN, 8, rawReport),
      note: `${AFTER_CALL_SIZES.largeCompanyEvents} events on the large company (a third on its relationship), ${AFTER_CALL_SIZES.largeCompanyEvents + AFTER_CALL_SIZES.otherEvents} in all; raw runs the page and the weekly count in parallel, as the domain does`,
    },
  ];
};
