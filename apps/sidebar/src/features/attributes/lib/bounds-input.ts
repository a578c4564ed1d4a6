import { attributeBoundsSchema, isBoundedType, type AttributeBounds, type AttributeDefinition } from '@c360/contracts';

/** What the admin typed as a field's bounds; empty is "no bound". */
export interface BoundsInput {
  min: string;
  max: string;
}

/** Why a typed bound is refused, as a message key under `attributes.layout.boundErrors`. */
export type BoundError = 'number' | 'size' | 'order';

export type BoundErrors = Partial<Record<keyof BoundsInput, BoundError>>;

export type ParsedBounds = { ok: true; bounds: AttributeBounds } | { ok: false; errors: BoundErrors };

/** Only an editable number or currency field has bounds to set. */
export const hasBounds = (definition: AttributeDefinition): boolean => isBoundedType(definition.type) && !definition.readOnly;

export const boundsInputOf = ({ min, max }: AttributeDefinition): BoundsInput => ({
  min: min === null ? '' : String(min),
  max: max === null ? '' : String(max),
});

const numberOf = (text: string): number | null => (text.trim() === '' ? null : Number(text));

/** The typed bounds as the layout's `bounds` entry, checked with the schema the BFF parses them with. */
export function parseBoundsInput(input: BoundsInput): ParsedBounds {
  const parsed = attributeBoundsSchema.safeParse({ min: numberOf(input.min), max: numberOf(input.max) });
  if (parsed.success) return { ok: true, bounds: parsed.data };
  const errors: BoundErrors = {};
  for (const issue of parsed.error.issues) {
    const side = issue.path[0] === 'min' ? 'min' : 'max';
    errors[side] ??= issue.code === 'custom' ? 'order' : issue.code === 'too_big' || issue.code === 'too_small' ? 'size' : 'number';
  }
  return { ok: false, errors };
}
