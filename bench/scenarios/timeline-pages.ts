// Timeline pages of the large company: the first page, and the next page ~90 000 rows deep (keyset).
import { listTimeline } from '../../packages/c360/src/timeline/list-timeline.ts';
import { encodeCursor } from '../../packages/c360/src/timeline/timeline-cursor.ts';
import { log, measure } from '../timing.ts';
import type { Bench, Scenario } from './scenario.ts';

/** The raw path of a timeline page: the subject check the domain does, then the page with its relations in one statement. */
export function rawTimelinePage({ domainId, viewerId, raw }: Pick<Bench, 'domainId' | 'viewerId' | 'raw'>) {
  const pageSql = (withCursor: boolean) => `
    SELECT a.*, u."displayName" AS "authorName", r.name AS "relationshipName",
      (SELECT COALESCE(array_agg(ia."userId" ORDER BY ia."userId"), '{}') FROM "ActivityInternalAttendee" ia WHERE ia."activityId" = a.id) AS "internalAttendeeIds",
      (SELECT COALESCE(array_agg(ea."personId" ORDER BY ea."personId"), '{}') FROM "ActivityExternalAttendee" ea WHERE ea."activityId" = a.id) AS "externalPersonIds",
      (SELECT COALESCE(json_agg(json_build_object('id', c.id, 'authorId', c."authorId", 'authorName', cu."displayName", 'body', c.body, 'createdAt', c."createdAt")
               ORDER BY c."createdAt", c.id), '[]')
         FROM "ActivityComment" c JOIN "User" cu ON cu.id = c."authorId" WHERE c."activityId" = a.id) AS comments
    FROM (
      SELECT * FROM "Activity"
      WHERE "companyId" = $1::uuid AND "domainId" = $2::uuid AND (status = 'LOGGED' OR "authorId" = $3::uuid)
        ${withCursor ? `AND "activityDate" <= $4 AND ("activityDate" < $4 OR id < $5::uuid)` : ''}
      ORDER BY "activityDate" DESC, id DESC
      LIMIT 21
    ) a
    JOIN "User" u ON u.id = a."authorId"
    LEFT JOIN "Relationship" r ON r.id = a."relationshipId"
    ORDER BY a."activityDate" DESC, a.id DESC`;
  return async (companyId: string, after?: { activityDate: Date; id: string }) => {
    await raw.query(`SELECT id FROM "Company" WHERE id = $1::uuid AND "domainId" = $2::uuid LIMIT 1`, [companyId, domainId]);
    return after
      ? raw.query(pageSql(true), [companyId, domainId, viewerId, after.activityDate, after.id])
      : raw.query(pageSql(false), [companyId, domainId, viewerId]);
  };
}

export const timelinePages: Scenario = async ({ domainId, viewerId, bigCompanyId, http, prisma, raw, iters }) => {
  const rawPage = rawTimelinePage({ domainId, viewerId, raw });
  const check = await rawPage(bigCompanyId);
  if (check.rows.length !== 21) throw new Error(`the large company's first page has ${check.rows.length} rows`);

  log('first timeline page…');
  const pageN = iters(300);
  const firstPage = {
    scenario: `timeline: first page (20) of the large company`,
    bff: await measure(pageN, 20, () => http('GET', `/api/companies/${bigCompanyId}/timeline?limit=20`)),
    domain: await measure(pageN, 20, () => listTimeline(prisma, { domainId, viewerId, subject: { kind: 'company', id: bigCompanyId }, limit: 20 })),
    raw: await measure(pageN, 20, () => rawPage(bigCompanyId)),
  };

  // A cursor ~90 000 rows into the large company's timeline, found by paging with raw SQL.
  const { rows: deepRows } = await raw.query<{ activityDate: Date; id: string }>(
    `SELECT "activityDate", id FROM "Activity"
     WHERE "companyId" = $1::uuid AND "domainId" = $2::uuid AND (status = 'LOGGED' OR "authorId" = $3::uuid)
     ORDER BY "activityDate" DESC, id DESC OFFSET 89999 LIMIT 1`,
    [bigCompanyId, domainId, viewerId],
  );
  const deep = deepRows[0]!;
  const cursor = encodeCursor(deep);
  log('deep timeline page…');
  return [
    firstPage,
    {
      scenario: `timeline: next page after row 90 000 (keyset)`,
      bff: await measure(pageN, 20, () => http('GET', `/api/companies/${bigCompanyId}/timeline?limit=20&cursor=${encodeURIComponent(cursor)}`)),
      domain: await measure(pageN, 20, () => listTimeline(prisma, { domainId, viewerId, subject: { kind: 'company', id: bigCompanyId }, cursor, limit: 20 })),
      raw: await measure(pageN, 20, () => rawPage(bigCompanyId, deep)),
    },
  ];
};
