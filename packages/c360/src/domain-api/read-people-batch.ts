import type { ApiPersonRecord } from '@c360/contracts';
import type { PrismaClient } from '../store/prisma.ts';
import { distinct, readCompaniesNamed, readRelationshipsNamed, type NamedCompany, type NamedRelationship } from './record-references.ts';

// What a batch of person records names, read in a few statements whatever the batch's size (one array per
// look-up, not one bound parameter per value): the people, the companies, their relationships and the links.

type RawSql = Pick<PrismaClient, '$queryRaw'>;

export interface StoredPerson {
  id: string;
  externalId: string | null;
  email: string;
  firstName: string;
  lastName: string;
  fullName: string;
  phone: string | null;
  linkedinUrl: string | null;
  location: string | null;
  timezone: string | null;
}
export interface StoredCompanyLink {
  id: string;
  companyId: string;
  personId: string;
  title: string | null;
  role: string | null;
  isPrimary: boolean;
}
export interface StoredRelationshipLink {
  id: string;
  relationshipId: string;
  personId: string;
  role: string | null;
}

/** The batch's stored records by the keys its records name them with. */
export interface KnownRecords {
  personByExternalId: Map<string | null, StoredPerson>;
  personByEmail: Map<string, StoredPerson>;
  companyByExternalId: Map<string | null, NamedCompany>;
  companyByName: Map<string, NamedCompany>;
  /** By `${companyId} ${name}`. */
  relationshipOf: Map<string, NamedRelationship>;
  /** By `${companyId} ${personId}`. */
  companyLinkOf: Map<string, StoredCompanyLink>;
  /** By `${relationshipId} ${personId}`. */
  relationshipLinkOf: Map<string, StoredRelationshipLink>;
}

export async function readKnownRecords(tx: RawSql, domainId: string, records: readonly ApiPersonRecord[]): Promise<KnownRecords> {
  const people = await tx.$queryRaw<StoredPerson[]>`
    SELECT "id"::text AS "id", "externalId", "email", "firstName", "lastName", "fullName", "phone", "linkedinUrl", "location", "timezone"
    FROM "Person"
    WHERE "domainId" = ${domainId}::uuid
      AND ("externalId" = ANY(${distinct(records.map((record) => record.ExternalId))}::text[]) OR "email" = ANY(${distinct(records.map((record) => record.Email))}::text[]))`;
  const companies = await readCompaniesNamed(tx, domainId, records);
  const companyIds = companies.map((company) => company.id);
  const relationships = await readRelationshipsNamed(
    tx,
    domainId,
    companyIds,
    records.map((record) => record.RelationshipName),
  );
  const personIds = people.map((person) => person.id);
  const companyLinks =
    personIds.length === 0 || companyIds.length === 0
      ? []
      : await tx.$queryRaw<StoredCompanyLink[]>`
          SELECT "id"::text AS "id", "companyId"::text AS "companyId", "personId"::text AS "personId", "title", "role", "isPrimary"
          FROM "CompanyPerson"
          WHERE "domainId" = ${domainId}::uuid AND "personId" = ANY(${personIds}::uuid[]) AND "companyId" = ANY(${companyIds}::uuid[])`;
  const relationshipIds = relationships.map((relationship) => relationship.id);
  const relationshipLinks =
    personIds.length === 0 || relationshipIds.length === 0
      ? []
      : await tx.$queryRaw<StoredRelationshipLink[]>`
          SELECT "id"::text AS "id", "relationshipId"::text AS "relationshipId", "personId"::text AS "personId", "role"
          FROM "RelationshipPerson"
          WHERE "domainId" = ${domainId}::uuid AND "personId" = ANY(${personIds}::uuid[]) AND "relationshipId" = ANY(${relationshipIds}::uuid[])`;
  return {
    personByExternalId: new Map(people.map((person) => [person.externalId, person])),
    personByEmail: new Map(people.map((person) => [person.email, person])),
    companyByExternalId: new Map(companies.map((company) => [company.externalId, company])),
    companyByName: new Map(companies.map((company) => [company.name, company])),
    relationshipOf: new Map(relationships.map((relationship) => [`${relationship.companyId} ${relationship.name}`, relationship])),
    companyLinkOf: new Map(companyLinks.map((link) => [`${link.companyId} ${link.personId}`, link])),
    relationshipLinkOf: new Map(relationshipLinks.map((link) => [`${link.relationshipId} ${link.personId}`, link])),
  };
}
