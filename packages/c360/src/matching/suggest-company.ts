import type { MatchingDb } from './matching-db.ts';

export interface CompanyRow {
  id: string;
  name: string;
  emailDomain: string;
}

export interface SuggestedCompany {
  id: string;
  name: string;
  /** External participants whose e-mail domain is the company's. */
  matchedParticipants: number;
  /** No other company's e-mail domain is in the roster: the sidebar may choose this one by itself. */
  unambiguous: boolean;
}

/** Companies of the domain whose e-mail domain is any of these: one statement for the roster. */
export async function findCompaniesByEmailDomains(db: MatchingDb, domainId: string, domains: string[]): Promise<CompanyRow[]> {
  if (domains.length === 0) return [];
  // lower() on the column: emailDomain is admin-entered and not guaranteed lower-case; the domainId prefix
  // of the (domainId, emailDomain) index still narrows the scan to one tenant.
  return db.$queryRaw<CompanyRow[]>`
    SELECT c."id"::text AS "id", c."name", lower(c."emailDomain") AS "emailDomain"
    FROM "Company" c
    WHERE c."domainId" = ${domainId}::uuid AND lower(c."emailDomain") = ANY(${domains}::text[])`;
}

/**
 * Picks the company suggested by the attendees' addresses (Gong: exact e-mail first, then e-mail domain to
 * the account). The company whose domain the most external participants share wins; a tie goes to the one
 * more matched persons belong to, then to the name, so the answer is stable.
 *
 * @param externalDomains the e-mail domain of each external participant (repeats count).
 * @param memberCompanyIds the companies of each person matched in the roster (repeats count).
 */
export function pickSuggestedCompany(companies: CompanyRow[], externalDomains: string[], memberCompanyIds: string[]): SuggestedCompany | null {
  const perDomain = countBy(externalDomains);
  const perCompany = countBy(memberCompanyIds);
  const ranked = companies
    .map((company) => ({
      id: company.id,
      name: company.name,
      matchedParticipants: perDomain.get(company.emailDomain) ?? 0,
      members: perCompany.get(company.id) ?? 0,
    }))
    .filter((company) => company.matchedParticipants > 0)
    .sort((a, b) => b.matchedParticipants - a.matchedParticipants || b.members - a.members || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const best = ranked[0];
  return best ? { id: best.id, name: best.name, matchedParticipants: best.matchedParticipants, unambiguous: ranked.length === 1 } : null;
}

function countBy(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
