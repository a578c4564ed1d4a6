import type { ApiRecordError } from '@c360/contracts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';

// The records a domain API record (or an import row) names by its own keys, always within the caller's domain:
// another domain's record answers as one that does not exist. Each lookup answers the record or the field
// error naming the column that named it.

type Db = PrismaClient | Prisma.TransactionClient;

/** A lookup's answer: the record found, or why the record naming it is refused. */
export type Found<Row> = { found: Row } | { error: ApiRecordError };

const refusal = (field: string, message: string) => ({ error: { field, message } });

/** The company a record names: by CompanyExternalId when it gives one (no fallback to a name), else by CompanyName. */
export async function findCompanyOf(
  db: Db,
  domainId: string,
  { CompanyExternalId: externalId, CompanyName: name }: { CompanyExternalId?: string | undefined; CompanyName?: string | undefined },
): Promise<Found<{ id: string }>> {
  const select = { id: true } as const;
  if (externalId !== undefined) {
    const company = await db.company.findUnique({ where: { domainId_externalId: { domainId, externalId } }, select });
    return company ? { found: company } : refusal('CompanyExternalId', 'No company of your domain has this ExternalId: import the companies first.');
  }
  const company = name === undefined ? null : await db.company.findUnique({ where: { domainId_name: { domainId, name } }, select });
  return company ? { found: company } : refusal('CompanyName', 'No company of your domain has this name: import the companies first.');
}

/** A relationship of the company by its name (unique within the company), with its type. */
export async function findRelationshipOf(db: Db, companyId: string, name: string, field: string): Promise<Found<{ id: string; typeId: string }>> {
  const relationship = await db.relationship.findUnique({ where: { companyId_name: { companyId, name } }, select: { id: true, typeId: true } });
  return relationship ? { found: relationship } : refusal(field, 'The company has no relationship of this name: import the relationships first.');
}

/** A user of the domain by e-mail address, in any case. */
export async function findUserByEmail(db: Db, domainId: string, email: string, field: string): Promise<Found<{ id: string }>> {
  const user = await db.user.findFirst({ where: { domainId, email: { equals: email, mode: 'insensitive' } }, select: { id: true } });
  return user ? { found: user } : refusal(field, 'No user of your domain has this e-mail address.');
}
