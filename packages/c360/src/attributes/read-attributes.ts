import { isUuid, type CompanyAttributes } from '@c360/contracts';
import { AppError } from '../errors/app-error.ts';
import { assertNew360 } from '../permissions/assert-new360.ts';
import { assertCan } from '../permissions/can.ts';
import type { PrismaClient } from '../store/prisma.ts';
import type { Actor } from '../permissions/actor.ts';
import { definitionSelect, toDefinition } from './definition-view.ts';
import { customValueOf, isStandardColumn, standardColumnSelect, wireValueOf } from './stored-values.ts';

export type AttributesReader = Pick<PrismaClient, 'company' | 'zoomAttributeLayoutItem' | 'companyAttributeValue' | 'user'>;

/** A company of the domain, or NOT_FOUND exactly like an id that does not exist (no probing other tenants). */
export async function findCompany(prisma: Pick<PrismaClient, 'company'>, domainId: string, companyId: string) {
  const company = isUuid(companyId)
    ? await prisma.company.findFirst({
        where: { id: companyId, domainId },
        select: { id: true, name: true, version: true, domain: { select: { currency: true } }, ...standardColumnSelect },
      })
    : null;
  if (!company) throw new AppError('NOT_FOUND', 'No such company.');
  return company;
}

/**
 * The fields the admin chose for the Zoom app, in the admin's order, with the company's values and the
 * version an edit must start from, for any licence that views Customer 360 in a domain with the New 360
 * experience.
 */
export async function readAttributes(prisma: PrismaClient, reader: Actor, companyId: string): Promise<CompanyAttributes> {
  assertCan(reader, 'viewC360');
  await assertNew360(prisma, reader.domainId);
  return attributesOf(prisma, reader.domainId, companyId);
}

/** The company's attributes as they are now (no permission check). A fixed number of queries, however many fields. */
export async function attributesOf(prisma: AttributesReader, domainId: string, companyId: string): Promise<CompanyAttributes> {
  const company = await findCompany(prisma, domainId, companyId);
  const layout = await prisma.zoomAttributeLayoutItem.findMany({
    where: { domainId },
    orderBy: { position: 'asc' },
    select: { definition: { select: { id: true, ...definitionSelect } } },
  });
  const definitions = layout.map((item) => item.definition);
  const customRows = await prisma.companyAttributeValue.findMany({
    where: { companyId: company.id, definitionId: { in: definitions.filter((row) => !isStandardColumn(row.standardField)).map((row) => row.id) } },
    select: { definitionId: true, textValue: true, numberValue: true, dateValue: true, booleanValue: true, userValueId: true },
  });
  const customByDefinition = new Map(customRows.map((row) => [row.definitionId, row]));
  const users = definitions.some((row) => row.type === 'USER')
    ? await prisma.user.findMany({ where: { domainId }, select: { id: true, displayName: true }, orderBy: [{ displayName: 'asc' }, { id: 'asc' }] })
    : [];

  return {
    companyId: company.id,
    companyName: company.name,
    currency: company.domain.currency,
    version: company.version,
    fields: definitions.map((row) => {
      const custom = customByDefinition.get(row.id);
      const value = isStandardColumn(row.standardField) ? wireValueOf(company[row.standardField]) : custom ? customValueOf(row.type, custom) : null;
      return { ...toDefinition(row), value };
    }),
    users,
  };
}
