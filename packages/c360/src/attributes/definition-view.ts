import { attributeOptionSchema, isBoundedType, type AttributeDefinition } from '@c360/contracts';
import { z } from 'zod';
import type { AttributeDefinition as DefinitionRow } from '../store/prisma.ts';

const optionsSchema = z.array(attributeOptionSchema).catch([]);

// Standard attributes stored in an Int column of Company: a fraction would not fit.
const INTEGER_COLUMNS: ReadonlySet<string> = new Set(['employees', 'nps']);

export type DefinitionFields = Pick<
  DefinitionRow,
  'key' | 'label' | 'labelJa' | 'type' | 'options' | 'readOnly' | 'required' | 'standardField' | 'minValue' | 'maxValue'
>;

export const definitionSelect = {
  key: true,
  label: true,
  labelJa: true,
  type: true,
  options: true,
  readOnly: true,
  required: true,
  standardField: true,
  minValue: true,
  maxValue: true,
} as const;

/** A stored definition as the contract describes it; malformed stored options read as none, bounds of other types as none. */
export function toDefinition(row: DefinitionFields): AttributeDefinition {
  const bounded = isBoundedType(row.type);
  return {
    key: row.key,
    label: row.label,
    labelJa: row.labelJa,
    type: row.type,
    options: row.type === 'PICKLIST' ? optionsSchema.parse(row.options) : [],
    required: row.required,
    readOnly: row.readOnly,
    integer: row.standardField !== null && INTEGER_COLUMNS.has(row.standardField),
    min: bounded && row.minValue !== null ? row.minValue.toNumber() : null,
    max: bounded && row.maxValue !== null ? row.maxValue.toNumber() : null,
  };
}
