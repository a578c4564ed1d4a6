import { z } from 'zod';
import { calendarDate } from './dates.ts';
import { text } from './text.ts';

export const ATTRIBUTE_TYPES = ['TEXT', 'NUMBER', 'CURRENCY', 'DATE', 'PICKLIST', 'USER', 'BOOLEAN'] as const;
export const attributeTypeSchema = z.enum(ATTRIBUTE_TYPES);
export type AttributeType = z.infer<typeof attributeTypeSchema>;

export const attributeOptionSchema = z.object({
  value: z.string(),
  label: z.string(),
  labelJa: z.string().optional(),
});
export type AttributeOption = z.infer<typeof attributeOptionSchema>;

/** A company attribute of the domain: what it is called and what a value of it may be. */
export const attributeDefinitionSchema = z.object({
  key: z.string(),
  label: z.string(),
  labelJa: z.string().nullable(),
  type: attributeTypeSchema,
  /** The choices of a pick-list; empty for the other types. */
  options: z.array(attributeOptionSchema),
  required: z.boolean(),
  /** Shown but never edited here (e.g. NPS, which comes from surveys). */
  readOnly: z.boolean(),
  /** A NUMBER stored as a whole number (e.g. employees). */
  integer: z.boolean(),
  /** The smallest and largest value a NUMBER or CURRENCY may take, as the admin set them; null: no bound (always for other types). */
  min: z.number().nullable(),
  max: z.number().nullable(),
});
export type AttributeDefinition = z.infer<typeof attributeDefinitionSchema>;

/** A value on the wire: text, pick-list value, `YYYY-MM-DD` and user id are strings; null is "no value". */
export const attributeValueSchema = z.union([text(), z.number(), z.boolean(), z.null()]);
export type AttributeValue = z.infer<typeof attributeValueSchema>;

// Currency and numbers are stored as DECIMAL(14, 2) and DECIMAL(18, 4): keep well inside both.
const LARGEST_NUMBER = 999_999_999_999;
const TEXT_MAX = 2000;

/** The types whose values the admin may bound (minimum 0 unless the admin says otherwise). */
export const BOUNDED_TYPES: readonly AttributeType[] = ['NUMBER', 'CURRENCY'];
export const isBoundedType = (type: AttributeType): boolean => BOUNDED_TYPES.includes(type);

const boundSchema = z.number('Enter a number.').min(-LARGEST_NUMBER, 'The number is too small.').max(LARGEST_NUMBER, 'The number is too large.');

/** A NUMBER or CURRENCY attribute's bounds as the admin sets them; null is "no bound". */
export const attributeBoundsSchema = z
  .object({ min: boundSchema.nullable(), max: boundSchema.nullable() })
  .refine(({ min, max }) => min === null || max === null || min <= max, { message: 'The maximum cannot be below the minimum.', path: ['max'] });
export type AttributeBounds = z.infer<typeof attributeBoundsSchema>;

/**
 * A number within the admin's bounds (and what the store holds); the message names the bound, so a refused
 * value says what would do.
 */
function boundedNumber({ min, max }: Pick<AttributeDefinition, 'min' | 'max'>, notANumber: string): z.ZodNumber {
  return z
    .number(notANumber)
    .min(min ?? -LARGEST_NUMBER, min === null ? 'The number is too small.' : `Enter ${min} or more.`)
    .max(max ?? LARGEST_NUMBER, max === null ? 'The number is too large.' : `Enter ${max} or less.`);
}

const typedSchemaOf = (definition: AttributeDefinition): z.ZodType<AttributeValue> => {
  switch (definition.type) {
    case 'TEXT': {
      const value = text().trim().max(TEXT_MAX, `Use at most ${TEXT_MAX} characters.`);
      return definition.required ? value.min(1, 'Enter a value.') : value;
    }
    case 'NUMBER': {
      const number = boundedNumber(definition, 'Enter a number.');
      return definition.integer ? number.int('Enter a whole number.') : number;
    }
    case 'CURRENCY':
      return (
        boundedNumber(definition, 'Enter an amount.')
          // Amounts are kept in cents; more digits would be silently rounded away.
          .refine((amount) => Math.abs(Math.round(amount * 100) - amount * 100) < 1e-6, 'Use at most two decimals.')
      );
    case 'DATE':
      return calendarDate('Enter a date (YYYY-MM-DD).');
    case 'PICKLIST': {
      const values = definition.options.map((option) => option.value);
      return text('Choose one of the options.').refine((value) => values.includes(value), 'Choose one of the options.');
    }
    case 'USER':
      return z.uuid('Choose a user.');
    case 'BOOLEAN':
      return z.boolean('Choose yes or no.');
  }
};

/**
 * The one schema a value of this attribute must pass, used by the BFF's domain and by the sidebar's
 * editors alike. A value may be cleared (null) unless the attribute is required.
 */
export function valueSchemaOf(definition: AttributeDefinition): z.ZodType<AttributeValue> {
  const typed = typedSchemaOf(definition);
  return definition.required ? typed.nullable().refine((value) => value !== null, 'A value is required.') : typed.nullable();
}

/** One field of the Attributes tab: the definition and the company's current value. */
export const attributeFieldSchema = attributeDefinitionSchema.extend({ value: attributeValueSchema });
export type AttributeField = z.infer<typeof attributeFieldSchema>;

/** A user of the domain that a USER attribute may name. */
export const attributeUserSchema = z.object({ id: z.uuid(), displayName: z.string() });
export type AttributeUser = z.infer<typeof attributeUserSchema>;

/** `GET /api/companies/:id/attributes`: the admin's fields in the admin's order. */
export const companyAttributesSchema = z.object({
  companyId: z.uuid(),
  companyName: z.string(),
  /** ISO 4217 code of the domain's currency. */
  currency: z.string(),
  /** Sent back with an edit (or as `If-Match`); a stale one gets 409 with the current attributes. */
  version: z.number().int().positive(),
  fields: z.array(attributeFieldSchema),
  /** The users a USER field may name; empty when the layout has no USER field. */
  users: z.array(attributeUserSchema),
});
export type CompanyAttributes = z.infer<typeof companyAttributesSchema>;

const attributeKeySchema = text().min(1).max(100);

/** `PATCH /api/companies/:id/attributes` (SPEC §5): only the keys sent change. */
export const updateAttributesSchema = z.object({
  values: z.record(attributeKeySchema, attributeValueSchema),
  version: z.number().int().positive(),
});
export type UpdateAttributes = z.infer<typeof updateAttributesSchema>;

/** The 409 of a stale edit carries the attributes as they are now, as the extension member `current`. */
export const attributesConflictSchema = z.object({ current: companyAttributesSchema });

/** `GET /api/admin/attribute-layout`: every attribute of the domain and the keys the Zoom app shows, in order. */
export const attributeLayoutSchema = z.object({
  definitions: z.array(attributeDefinitionSchema),
  keys: z.array(z.string()),
});
export type AttributeLayout = z.infer<typeof attributeLayoutSchema>;

/** `PUT /api/admin/attribute-layout`. */
export const saveAttributeLayoutSchema = z.object({
  keys: z.array(attributeKeySchema).max(200),
  /** New bounds of NUMBER and CURRENCY attributes, by key; an attribute left out keeps its own. */
  bounds: z.record(attributeKeySchema, attributeBoundsSchema).optional(),
});
export type SaveAttributeLayout = z.infer<typeof saveAttributeLayoutSchema>;
