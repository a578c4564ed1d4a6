import type { MatchingDb } from './matching-db.ts';

export interface InternalUserRow {
  id: string;
  email: string;
  displayName: string;
}

export interface PersonRow {
  id: string;
  email: string;
  fullName: string;
  companyIds: string[];
}

/** Internal users of the domain with any of these (normalized) e-mails: one statement for the roster. */
export async function findUsersByEmails(db: MatchingDb, domainId: string, emails: string[]): Promise<InternalUserRow[]> {
  if (emails.length === 0) return [];
  return db.$queryRaw<InternalUserRow[]>`
    SELECT u."id"::text AS "id", u."email", u."displayName"
    FROM "User" u
    WHERE u."domainId" = ${domainId}::uuid AND u."email" = ANY(${emails}::text[])`;
}

/**
 * Persons of the domain matched by e-mail, plus the remembered (confirmed) ids, each with the companies it
 * belongs to — one statement for the whole roster. The company links are joined within the same domain so
 * a row of another tenant can never leak in, even through a bad link.
 */
export async function findPersons(db: MatchingDb, domainId: string, emails: string[], personIds: string[]): Promise<PersonRow[]> {
  if (emails.length === 0 && personIds.length === 0) return [];
  return db.$queryRaw<PersonRow[]>`
    SELECT p."id"::text AS "id", p."email", p."fullName",
           COALESCE(
             array_agg(cp."companyId"::text ORDER BY cp."isPrimary" DESC, cp."companyId")
               FILTER (WHERE cp."companyId" IS NOT NULL),
             '{}'::text[]
           ) AS "companyIds"
    FROM "Person" p
    LEFT JOIN "CompanyPerson" cp ON cp."personId" = p."id" AND cp."domainId" = p."domainId"
    WHERE p."domainId" = ${domainId}::uuid
      AND (p."email" = ANY(${emails}::text[]) OR p."id" = ANY(${personIds}::uuid[]))
    GROUP BY p."id"`;
}
