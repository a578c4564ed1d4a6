// CTA list: the large company's first page, open first.
import { listCtas } from '../../packages/c360/src/ctas/list-ctas.ts';
import { AFTER_CALL_SIZES } from '../seed-after-call.ts';
import { log, measure } from '../timing.ts';
import type { Scenario } from './scenario.ts';

export const ctaList: Scenario = async ({ domainId, viewerId, bigCompanyId, http, prisma, raw, iters }) => {
  const ctaSql = `
    SELECT c.id, c.type, c.subject, c.priority, c.status, to_char(c."dueDate", 'YYYY-MM-DD') AS "dueDate",
      (c.status = 'OPEN' AND c."dueDate" < $3::date) AS overdue, c."ownerId", u."displayName" AS "ownerName",
      c."companyId", c."relationshipId", c."activityId", a.subject AS "activitySubject", c."createdAt", c."closedAt"
    FROM "Cta" c
    JOIN "User" u ON u.id = c."ownerId"
    LEFT JOIN "Activity" a ON a.id = c."activityId" AND (a.status = 'LOGGED' OR a."authorId" = $4::uuid)
    WHERE c."domainId" = $1::uuid AND c."companyId" = $2::uuid
    ORDER BY c.status, c."dueDate", c.id
    LIMIT 21`;
  const today = new Date().toISOString().slice(0, 10);
  log('CTA list…');
  const ctaN = iters(200);
  return [
    {
      scenario: `CTA list: first page (20) of the large company, open first`,
      bff: await measure(ctaN, 16, () => http('GET', `/api/companies/${bigCompanyId}/ctas?status=ALL`)),
      domain: await measure(ctaN, 16, () => listCtas(prisma, { domainId, viewerId, subject: { kind: 'company', id: bigCompanyId }, limit: 20, status: 'ALL' })),
      raw: await measure(ctaN, 16, () => raw.query(ctaSql, [domainId, bigCompanyId, today, viewerId])),
      note: `${AFTER_CALL_SIZES.largeCompanyCtas} CTAs on the large company, ${AFTER_CALL_SIZES.largeCompanyCtas + AFTER_CALL_SIZES.otherCtas} in all`,
    },
  ];
};
