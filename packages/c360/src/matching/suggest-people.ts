import type { PersonSuggestion } from '@c360/contracts';
import type { MatchingDb } from './matching-db.ts';
import { trigramMatcher } from './trigram-similarity.ts';

export type { PersonSuggestion };

/** Below this pg_trgm similarity a display name is too far from a person's name to suggest it. */
export const NAME_SIMILARITY_THRESHOLD = 0.4;

interface Candidate {
  personId: string;
  fullName: string;
  trigrams: string[];
}

interface TrigramSets {
  names: Array<{ name: string; trigrams: string[] }>;
  /** The company's contacts in tie order: name, then id. */
  candidates: Candidate[];
}

/**
 * The most similar person of one company for each display name (pg_trgm similarity above the threshold;
 * ties go to the name, then the id, so the suggestion is stable), all names in ONE statement.
 *
 * The statement returns the trigram sets — the company's contacts' and the names' — and the comparison
 * runs in memory (see trigramMatcher): a name then costs the trigrams it shares, where `similarity()` per
 * name and contact cost two trigram extractions per pair (≈400 000 pairs for a 1 000-participant roster
 * against a company of 1 000 contacts). Scoping to one company keeps the candidate set to its contacts.
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
  const [sets] = await db.$queryRaw<TrigramSets[]>`
    SELECT
      (SELECT COALESCE(json_agg(json_build_object('name', n."name", 'trigrams', show_trgm(n."name"))), '[]'::json)
       FROM unnest(${names}::text[]) AS n("name")) AS "names",
      (SELECT COALESCE(json_agg(json_build_object('personId', p."id", 'fullName', p."fullName", 'trigrams', show_trgm(p."fullName"))
                                ORDER BY p."fullName", p."id"), '[]'::json)
       FROM "CompanyPerson" cp
       JOIN "Person" p ON p."id" = cp."personId" AND p."domainId" = cp."domainId"
       WHERE cp."domainId" = ${domainId}::uuid AND cp."companyId" = ${companyId}::uuid) AS "candidates"`;
  const mostSimilar = trigramMatcher(sets!.candidates);
  for (const { name, trigrams } of sets!.names) {
    const best = mostSimilar(trigrams, threshold);
    if (best) suggestions.set(name, { personId: best.candidate.personId, name: best.candidate.fullName, similarity: best.similarity });
  }
  return suggestions;
}
