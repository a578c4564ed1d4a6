import { isBoundedType, valueSchemaOf, type AttributeDefinition, type AttributeValue } from '@c360/contracts';

/** What an editor holds: the checkbox's state, or the text of any other control. */
export type AttributeInput = string | boolean;

/** Why a typed value is refused, as a message key under `attributes.errors`. */
export type AttributeInputError = 'required' | 'min' | 'max' | 'TEXT' | 'NUMBER' | 'INTEGER' | 'CURRENCY' | 'DATE' | 'PICKLIST' | 'USER' | 'BOOLEAN';

export type ParsedInput =
  | { ok: true; value: AttributeValue }
  /** `bound`: for `min` and `max`, the bound the value is beyond. */
  | { ok: false; error: AttributeInputError; bound?: number };

/** The editor's starting state for a stored value. */
export function inputOf(definition: AttributeDefinition, value: AttributeValue): AttributeInput {
  if (definition.type === 'BOOLEAN') return value === true;
  return value === null ? '' : String(value);
}

function rawValueOf(definition: AttributeDefinition, input: AttributeInput): AttributeValue {
  if (typeof input === 'boolean') return input;
  if (input.trim() === '') return null;
  return definition.type === 'NUMBER' || definition.type === 'CURRENCY' ? Number(input) : input;
}

/** The editor's state as a value, checked with the same schema (and the admin's bounds) the BFF uses. */
export function parseInputOf(definition: AttributeDefinition, input: AttributeInput): ParsedInput {
  const value = rawValueOf(definition, input);
  const parsed = valueSchemaOf(definition).safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data === '' ? null : parsed.data };
  if (value === null) return { ok: false, error: 'required' };
  const issue = parsed.error.issues[0];
  if (isBoundedType(definition.type) && issue?.code === 'too_small') return { ok: false, error: 'min', bound: Number(issue.minimum) };
  if (isBoundedType(definition.type) && issue?.code === 'too_big') return { ok: false, error: 'max', bound: Number(issue.maximum) };
  return { ok: false, error: definition.type === 'NUMBER' && definition.integer ? 'INTEGER' : definition.type };
}
