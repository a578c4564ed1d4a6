import type { PersonSuggestion } from '@c360/contracts';
import type { MatchingDb } from './matching-db.ts';

/** Below this pg_trgm similarity a display name is too far from a person's name to suggest it. */
export type { PersonSuggestion };

export const NAME_SIMILARITY_THRESHOLD = 0.4;

/**
 * The most similar person of one company for each display name, all names in ONE statement: the names are
 * unnested and each is joined laterally with the company's contacts, best similarity first. Scoping to one
 * company keeps the candidate set small (a company has a handful of contacts), so the explicit
 * `similarity() > threshold` is cheap and does not depend on the session's pg_trgm.similarity_threshold
 * the `%` operator would use. Ties go to the name, then the id, so the suggestion is stable.
 */
export async function suggestPeopleByName(
  db: MatchingDb,
  domainId: string,
  companyId: string,
  displayNames: string[],
  threshold = NAME_SIMILARITY_THRESHOLD,
): Promise<Map<string, PersonSuggestion>> {
  const names = [...new Set(displayNames.map((name) => name.trim()).filter((name) => name.length > 0))];
  const suggestions = new Map<string, PersonSuggestion>();
  if (names.length === 0) return suggestions;
  // The company's contacts are gathered once (MATERIALIZED) and each name is compared with that short
  // list; left to itself the planner may re-scan Person for every name, which grew with the roster.
  const rows = await db.$queryRaw<Array<{ name: string; personId: string; fullName: string; similarity: number }>>`
    WITH candidates AS MATERIALIZED (
      SELECT p."id", p."fullName"
      FROM "CompanyPerson" cp
      JOIN "Person" p ON p."id" = cp."personId" AND p."domainId" = cp."domainId"
      WHERE cp."domainId" = ${domainId}::uuid AND cp."companyId" = ${companyId}::uuid
    )
    SELECT n."name", best."personId", best."fullName", best."similarity"
    FROM unnest(${names}::text[]) AS n("name")
    CROSS JOIN LATERAL (
      SELECT c."id"::text AS "personId", c."fullName", similarity(c."fullName", n."name")::float8 AS "similarity"
      FROM candidates c
      WHERE similarity(c."fullName", n."name") > ${threshold}::float8
      ORDER BY "similarity" DESC, c."fullName", c."id"
      LIMIT 1
    ) best`;
  for (const row of rows) suggestions.set(row.name, { personId: row.personId, name: row.fullName, similarity: Number(row.similarity) });
  return suggestions;
}
