// Search type-ahead: eight prefixes over companies and relationships, ranked as the domain ranks them.
import { searchSubjects } from '../../packages/c360/src/search/search-subjects.ts';
import { searchKey } from '../../packages/c360/src/search/search-key.ts';
import { log, measure } from '../timing.ts';
import type { Scenario } from './scenario.ts';

export const searchTypeAhead: Scenario = async ({ domainId, actor, http, prisma, raw, iters }) => {
  const prefixes = ['nor', 'sum', 'pacific', 'silver lab', 'granit', 'red', 'horizon wave', 'qua'];
  const searchSql = `
    SELECT kind, id, name, "companyId", "companyName", "typeName" FROM (
      SELECT 'company' AS kind, c.id, c.name, NULL::uuid AS "companyId", NULL AS "companyName", NULL AS "typeName",
             c."searchName" AS folded
      FROM "Company" c
      WHERE c."domainId" = $1::uuid AND (c."searchName" LIKE $2 OR c."searchName" % $3)
      UNION ALL
      SELECT 'relationship', r.id, r.name, c.id, c.name, t.name, r."searchName"
      FROM "Relationship" r
      JOIN "Company" c ON c.id = r."companyId"
      JOIN "RelationshipType" t ON t.id = r."typeId"
      WHERE r."domainId" = $1::uuid AND (r."searchName" LIKE $2 OR r."searchName" % $3)
    ) hits
    ORDER BY CASE WHEN folded LIKE $4 THEN 0 WHEN folded LIKE $5 THEN 1 ELSE 2 END,
             similarity(folded, $3) DESC, name, id
    LIMIT 20`;
  const rawSearch = (q: string) => {
    const key = searchKey(q).replace(/[\\%_]/g, (c) => `\\${c}`);
    return raw.query(searchSql, [domainId, `%${key}%`, searchKey(q), `${key}%`, `% ${key}%`]);
  };
  const sanity = (await http('GET', `/api/search?q=nor`)) as { items: unknown[] };
  if (sanity.items.length === 0) throw new Error('search found nothing: the seed is not what the bench expects');
  log('search type-ahead…');
  const searchN = iters(200);
  return [
    {
      scenario: `search type-ahead (${prefixes.length} prefixes)`,
      bff: await measure(searchN, 16, (i) => http('GET', `/api/search?q=${encodeURIComponent(prefixes[i % prefixes.length]!)}`)),
      domain: await measure(searchN, 16, (i) => searchSubjects(prisma, { reader: actor, query: prefixes[i % prefixes.length]! })),
      raw: await measure(searchN, 16, (i) => rawSearch(prefixes[i % prefixes.length]!)),
    },
  ];
};
