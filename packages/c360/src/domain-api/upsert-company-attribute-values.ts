import {
  apiCompanyAttributeValueRecordSchema,
  valueSchemaOf,
  type ApiCompanyAttributeValueRecord,
  type ApiRecordError,
  type AttributeValue,
} from '@c360/contracts';
import { definitionSelect, toDefinition } from '../attributes/definition-view.ts';
import { customColumnsOf, isStandardColumn } from '../attributes/stored-values.ts';
import { CellError, readCell } from '../imports/import-columns.ts';
import { Prisma, type PrismaClient } from '../store/prisma.ts';
import { checkBy, findCompanyOf, findUserByEmail } from './record-references.ts';
import { changedColumns, type RecordOutcome, type RecordUpsert } from './upsert-batch.ts';
import { oneByOne } from './write-in-rounds.ts';

type Db = PrismaClient | Prisma.TransactionClient;
type Definition = Prisma.AttributeDefinitionGetPayload<{ select: typeof definitionSelect & { id: true } }>;

const valueError = (message: string): { error: ApiRecordError } => ({ error: { field: 'Value', message } });

/** The Value's text as the attribute's type reads it (then checked by the attribute's own schema, as the sidebar's edit is). */
async function typedValueOf(db: Db, domainId: string, definition: Definition, value: string): Promise<{ value: AttributeValue } | { error: ApiRecordError }> {
  let typed: AttributeValue = value;
  try {
    const read = (kind: 'amount' | 'date') => readCell(kind, value);
    if (definition.type === 'NUMBER' || definition.type === 'CURRENCY') typed = read('amount') ?? null;
    if (definition.type === 'DATE') typed = read('date') ?? null;
  } catch (error) {
    if (!(error instanceof CellError)) throw error;
    return valueError(error.message);
  }
  if (definition.type === 'BOOLEAN') {
    if (!/^(true|false)$/i.test(value)) return valueError('Write true or false.');
    typed = value.toLowerCase() === 'true';
  }
  if (definition.type === 'USER') {
    const user = await findUserByEmail(db, domainId, value, 'Value');
    if ('error' in user) return user;
    typed = user.found.id;
  }
  const parsed = valueSchemaOf(toDefinition(definition)).safeParse(typed);
  return parsed.success ? { value: parsed.data } : valueError(parsed.error.issues[0]?.message ?? 'This value is not valid.');
}

/** The attribute a record names: a custom attribute of the domain, of the type the record says if it says one. */
async function definitionOf(db: Db, domainId: string, record: ApiCompanyAttributeValueRecord): Promise<{ found: Definition } | { error: ApiRecordError }> {
  const definition = await db.attributeDefinition.findUnique({
    where: { domainId_key: { domainId, key: record.AttributeKey } },
    select: { id: true, ...definitionSelect },
  });
  if (!definition) return { error: { field: 'AttributeKey', message: 'Your domain has no attribute with this key.' } };
  if (isStandardColumn(definition.standardField)) {
    return { error: { field: 'AttributeKey', message: "This attribute is a company's own field: import it with the companies file." } };
  }
  if (record.AttributeType !== undefined && record.AttributeType !== definition.type) {
    return { error: { field: 'AttributeType', message: `This attribute's type is ${definition.type}.` } };
  }
  return { found: definition };
}

interface Resolved {
  companyId: string;
  definitionId: string;
  columns: Partial<Prisma.CompanyAttributeValueUncheckedCreateInput>;
}

/**
 * Every lookup of a record, read-only (the dry run's check too). A read-only attribute is imported as well:
 * it is read-only in the sidebar because its values come from another system, which this import is.
 */
async function resolve(db: Db, domainId: string, record: ApiCompanyAttributeValueRecord): Promise<{ errors: ApiRecordError[] } | Resolved> {
  const company = await findCompanyOf(db, domainId, record);
  const definition = await definitionOf(db, domainId, record);
  const value = 'found' in definition ? await typedValueOf(db, domainId, definition.found, record.Value) : undefined;
  if ('error' in company || 'error' in definition || !value || 'error' in value) {
    return { errors: [company, definition, value].flatMap((found) => (found && 'error' in found ? [found.error] : [])) };
  }
  const columns = customColumnsOf(definition.found.type, value.value);
  // Compared with the stored Decimal by value, so an unchanged number is "unchanged".
  if (typeof columns.numberValue === 'number') columns.numberValue = new Prisma.Decimal(columns.numberValue);
  return { companyId: company.found.id, definitionId: definition.found.id, columns };
}

/**
 * One record in its own transaction: the company's value of the attribute, created or changed (and the
 * company's attribute version moved on, so an edit opened before it is a CONFLICT, not a silent overwrite).
 */
function upsertOne(prisma: PrismaClient, domainId: string, record: ApiCompanyAttributeValueRecord): Promise<RecordOutcome> {
  return prisma.$transaction(async (tx): Promise<RecordOutcome> => {
    const resolved = await resolve(tx, domainId, record);
    if ('errors' in resolved) return { status: 'error', errors: resolved.errors };
    const { companyId, definitionId, columns } = resolved;
    const existing = await tx.companyAttributeValue.findUnique({ where: { companyId_definitionId: { companyId, definitionId } } });
    if (existing) {
      const changed = changedColumns(existing, columns);
      if (!changed) return { status: 'unchanged', id: existing.id };
      await tx.companyAttributeValue.update({ where: { id: existing.id }, data: changed });
    }
    const id = existing?.id ?? (await tx.companyAttributeValue.create({ data: { domainId, companyId, definitionId, ...columns }, select: { id: true } })).id;
    await tx.company.update({ where: { id: companyId }, data: { version: { increment: 1 } } });
    return { status: existing ? 'updated' : 'created', id };
  });
}

/** How a company attribute value is written by an import: by its company and attribute. */
export const companyAttributeValueUpsert: RecordUpsert<typeof apiCompanyAttributeValueRecordSchema> = {
  endpoint: 'import companyAttributeValues',
  schema: apiCompanyAttributeValueRecordSchema,
  upsertMany: oneByOne(upsertOne, {
    field: 'AttributeKey',
    message: 'This value was being written by another import at the same time: import the file again.',
  }),
  check: checkBy(resolve),
};
