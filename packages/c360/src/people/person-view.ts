import type { Person } from '@c360/contracts';

export interface PersonRow {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
}

export interface CompanyLinkRow {
  companyId: string;
  title: string | null;
  role: string | null;
  isPrimary: boolean;
}

export interface RelationshipLinkRow {
  relationshipId: string;
  role: string | null;
}

/**
 * The person as SPEC §5 shows it, seen from one company (and relationship): a relationship's role wins
 * over the company's, since the list is about that relationship.
 */
export function toPerson(person: PersonRow, company: CompanyLinkRow | undefined, relationship?: RelationshipLinkRow): Person {
  const role = relationship?.role ?? company?.role ?? null;
  return {
    id: person.id,
    firstName: person.firstName,
    lastName: person.lastName,
    email: person.email,
    ...(company?.title ? { title: company.title } : {}),
    ...(company ? { companyId: company.companyId, isPrimary: company.isPrimary } : {}),
    ...(relationship ? { relationshipId: relationship.relationshipId } : {}),
    ...(role ? { role } : {}),
  };
}
