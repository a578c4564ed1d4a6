import type { AttributeType, AttributeValue } from '@c360/contracts';
import type { Prisma } from '../store/prisma.ts';

/** The Company columns a standard attribute may map to (`AttributeDefinition.standardField`). */
export const STANDARD_COLUMNS = [
  'industry',
  'employees',
  'arr',
  'mrr',
  'renewalDate',
  'originalContractDate',
  'stage',
  'status',
  'lifecycle',
  'csmId',
  'nps',
] as const;
export type StandardColumn = (typeof STANDARD_COLUMNS)[number];

export const isStandardColumn = (field: string | null): field is StandardColumn => field !== null && (STANDARD_COLUMNS as readonly string[]).includes(field);

export const standardColumnSelect = Object.fromEntries(STANDARD_COLUMNS.map((column) => [column, true])) as Record<StandardColumn, true>;

type StoredScalar = string | number | boolean | Date | Prisma.Decimal | null;

const isDecimal = (value: StoredScalar): value is Prisma.Decimal => typeof value === 'object' && value !== null && !(value instanceof Date);

/** A stored column value (Company or CompanyAttributeValue) as the wire value of its type. */
export function wireValueOf(stored: StoredScalar | undefined): AttributeValue {
  if (stored === undefined || stored === null) return null;
  if (stored instanceof Date) return stored.toISOString().slice(0, 10);
  if (isDecimal(stored)) return stored.toNumber();
  return stored;
}

/** `YYYY-MM-DD` as the midnight UTC a `@db.Date` column holds. */
const dateOf = (day: string) => new Date(`${day}T00:00:00.000Z`);

/** A valid wire value as a Company column value. */
export function columnValueOf(type: AttributeType, value: AttributeValue): string | number | boolean | Date | null {
  if (type === 'DATE' && typeof value === 'string') return dateOf(value);
  return value;
}

/** The one value column of a custom attribute row that its type uses (the value passed its schema). */
export function customColumnsOf(type: AttributeType, value: AttributeValue): Partial<Prisma.CompanyAttributeValueCreateManyInput> {
  const text = typeof value === 'string' ? value : null;
  switch (type) {
    case 'TEXT':
    case 'PICKLIST':
      return { textValue: text };
    case 'NUMBER':
    case 'CURRENCY':
      return { numberValue: typeof value === 'number' ? value : null };
    case 'DATE':
      return { dateValue: text === null ? null : dateOf(text) };
    case 'BOOLEAN':
      return { booleanValue: typeof value === 'boolean' ? value : null };
    case 'USER':
      return { userValueId: text };
  }
}

/** The stored value of a custom attribute row, by its type. */
export function customValueOf(
  type: AttributeType,
  row: Pick<Prisma.CompanyAttributeValueGetPayload<object>, 'textValue' | 'numberValue' | 'dateValue' | 'booleanValue' | 'userValueId'>,
): AttributeValue {
  switch (type) {
    case 'TEXT':
    case 'PICKLIST':
      return row.textValue;
    case 'NUMBER':
    case 'CURRENCY':
      return wireValueOf(row.numberValue);
    case 'DATE':
      return wireValueOf(row.dateValue);
    case 'BOOLEAN':
      return row.booleanValue;
    case 'USER':
      return row.userValueId;
  }
}
