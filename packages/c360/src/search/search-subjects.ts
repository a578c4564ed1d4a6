import { searchQuerySchema, type SearchItem, type SubjectKind } from '@c360/contracts';
import { parseInput } from '../errors/parse-input.ts';
import type { Actor } from '../permissions/actor.ts';
import { assertCan } from '../permissions/can.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { escapeLike } from './escape-like.ts';
import { searchKey } from './search-key.ts';

interface Hit {
  kind: SubjectKind;
  id: string;
  name: string;
  companyId: string | null;
  companyName: string | null;
  typeName: string | null;
}

/**
 * Companies and relationships of one domain whose name matches the query, best first: names that start
 * with it, then names with a word that starts with it, then by trigram similarity (typos), then by name.
 * Case and Latin accents do not matter (`searchKey`); the trigram indexes on `searchName` serve the scans.
 * For any licence that views Customer 360; the check comes before the query is read.
 */
export async function searchSubjects(
  prisma: PrismaClient,
  { reader, query, limit = 20 }: { reader: Actor; query: unknown; limit?: number },
): Promise<SearchItem[]> {
  assertCan(reader, 'viewC360');
  const { q } = parseInput(searchQuerySchema, { q: query });
  const domainId = reader.domainId;
  const key = searchKey(q);
  if (key === '') return [];
  const starts = `${escapeLike(key)}%`;
  const wordStarts = `% ${escapeLike(key)}%`;
  const contains = `%${escapeLike(key)}%`;
  const hits = await prisma.$queryRaw<Hit[]>`
    SELECT kind, id, name, "companyId", "companyName", "typeName" FROM (
      SELECT 'company' AS kind, c.id, c.name, NULL::uuid AS "companyId", NULL AS "companyName", NULL AS "typeName",
             c."searchName" AS folded
      FROM "Company" c
      WHERE c."domainId" = ${domainId}::uuid AND (c."searchName" LIKE ${contains} OR c."searchName" % ${key})
      UNION ALL
      SELECT 'relationship', r.id, r.name, c.id, c.name, t.name, r."searchName"
      FROM "Relationship" r
      JOIN "Company" c ON c.id = r."companyId"
      JOIN "RelationshipType" t ON t.id = r."typeId"
      WHERE r."domainId" = ${domainId}::uuid AND (r."searchName" LIKE ${contains} OR r."searchName" % ${key})
    ) hits
    ORDER BY CASE WHEN folded LIKE ${starts} THEN 0 WHEN folded LIKE ${wordStarts} THEN 1 ELSE 2 END,
             similarity(folded, ${key}) DESC, name, id
    LIMIT ${limit}`;
  return hits.map(({ kind, id, name, companyId, companyName, typeName }) =>
    kind === 'company' ? { kind, id, name } : { kind, id, name, companyId: companyId!, companyName: companyName!, typeName: typeName! },
  );
}
