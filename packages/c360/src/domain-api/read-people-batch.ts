import type { ApiPersonRecord } from '@c360/contracts';
import type { PrismaClient } from '../store/prisma.ts';

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
interface StoredCompany {
  id: string;
  externalId: string | null;
  name: string;
}
interface StoredRelationship {
  id: string;
  companyId: string;
  name: string;
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
  companyByExternalId: Map<string | null, StoredCompany>;
  companyByName: Map<string, StoredCompany>;
  /** By `${companyId} ${name}`. */
  relationshipOf: Map<string, StoredRelationship>;
  /** By `${companyId} ${personId}`. */
  companyLinkOf: Map<string, StoredCompanyLink>;
  /** By `${relationshipId} ${personId}`. */
  relationshipLinkOf: Map<string, StoredRelationshipLink>;
}

const distinct = (values: Array<string | undefined>) => [...new Set(values.filter((value): value is string => value !== undefined))];

export async function readKnownRecords(tx: RawSql, domainId: string, records: readonly ApiPersonRecord[]): Promise<KnownRecords> {
  const people = await tx.$queryRaw<StoredPerson[]>`
    SELECT "id"::text AS "id", "externalId", "email", "firstName", "lastName", "fullName", "phone", "linkedinUrl", "location", "timezone"
    FROM "Person"
    WHERE "domainId" = ${domainId}::uuid
      AND ("externalId" = ANY(${distinct(records.map((record) => record.ExternalId))}::text[]) OR "email" = ANY(${distinct(records.map((record) => record.Email))}::text[]))`;
  const companies = await tx.$queryRaw<StoredCompany[]>`
    SELECT "id"::text AS "id", "externalId", "name"
    FROM "Company"
    WHERE "domainId" = ${domainId}::uuid
      AND ("externalId" = ANY(${distinct(records.map((record) => record.CompanyExternalId))}::text[])
        OR "name" = ANY(${distinct(records.map((record) => record.CompanyName))}::text[]))`;
  const relationshipNames = distinct(records.map((record) => record.RelationshipName));
  const companyIds = companies.map((company) => company.id);
  const relationships =
    relationshipNames.length === 0 || companyIds.length === 0
      ? []
      : await tx.$queryRaw<StoredRelationship[]>`
          SELECT "id"::text AS "id", "companyId"::text AS "companyId", "name"
          FROM "Relationship"
          WHERE "domainId" = ${domainId}::uuid AND "companyId" = ANY(${companyIds}::uuid[]) AND "name" = ANY(${relationshipNames}::text[])`;
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
