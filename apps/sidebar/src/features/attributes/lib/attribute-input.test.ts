import type { AttributeDefinition } from '@c360/contracts';
import { describe, expect, it } from 'vitest';
import { inputOf, parseInputOf } from './attribute-input';

const definition = (overrides: Partial<AttributeDefinition>): AttributeDefinition => ({
  key: 'field',
  label: 'Field',
  labelJa: null,
  type: 'TEXT',
  options: [],
  required: false,
  readOnly: false,
  integer: false,
  min: null,
  max: null,
  ...overrides,
});

describe('attribute editors', () => {
  it('read numbers, amounts and cleared fields as the BFF expects them', () => {
    expect(parseInputOf(definition({ type: 'NUMBER' }), '12.5')).toEqual({ ok: true, value: 12.5 });
    expect(parseInputOf(definition({ type: 'CURRENCY' }), '1999.99')).toEqual({ ok: true, value: 1999.99 });
    expect(parseInputOf(definition({ type: 'TEXT' }), '   ')).toEqual({ ok: true, value: null });
    expect(parseInputOf(definition({ type: 'BOOLEAN' }), false)).toEqual({ ok: true, value: false });
  });

  it('refuse what the shared schema refuses, naming why', () => {
    expect(parseInputOf(definition({ type: 'NUMBER', integer: true }), '10.5')).toEqual({ ok: false, error: 'INTEGER' });
    expect(parseInputOf(definition({ type: 'CURRENCY' }), '1.234')).toEqual({ ok: false, error: 'CURRENCY' });
    expect(parseInputOf(definition({ type: 'PICKLIST', options: [{ value: 'a', label: 'A' }] }), 'b')).toEqual({ ok: false, error: 'PICKLIST' });
    expect(parseInputOf(definition({ type: 'PICKLIST', required: true, options: [{ value: 'a', label: 'A' }] }), '')).toEqual({ ok: false, error: 'required' });
  });

  it("refuse a value beyond the admin's bounds, naming the bound", () => {
    expect(parseInputOf(definition({ type: 'CURRENCY', min: 0 }), '-5')).toEqual({ ok: false, error: 'min', bound: 0 });
    expect(parseInputOf(definition({ type: 'NUMBER', min: 1, max: 500 }), '501')).toEqual({ ok: false, error: 'max', bound: 500 });
    expect(parseInputOf(definition({ type: 'NUMBER', min: 1, max: 500 }), '500')).toEqual({ ok: true, value: 500 });
    // Without a minimum a negative number is a number like any other.
    expect(parseInputOf(definition({ type: 'NUMBER', min: null }), '-5')).toEqual({ ok: true, value: -5 });
  });

  it('start from the stored value', () => {
    expect(inputOf(definition({ type: 'NUMBER' }), 42)).toBe('42');
    expect(inputOf(definition({ type: 'BOOLEAN' }), null)).toBe(false);
    expect(inputOf(definition({ type: 'DATE' }), null)).toBe('');
  });
});
