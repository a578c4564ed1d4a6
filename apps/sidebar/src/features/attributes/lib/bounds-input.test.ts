import type { AttributeDefinition } from '@c360/contracts';
import { describe, expect, it } from 'vitest';
import { boundsInputOf, hasBounds, parseBoundsInput } from './bounds-input';

const definition = (overrides: Partial<AttributeDefinition>): AttributeDefinition => ({
  key: 'arr',
  label: 'ARR',
  labelJa: null,
  type: 'CURRENCY',
  options: [],
  required: false,
  readOnly: false,
  integer: false,
  min: 0,
  max: null,
  ...overrides,
});

describe('attribute bounds on the layout screen', () => {
  it('are offered for editable number and currency fields only', () => {
    expect(hasBounds(definition({}))).toBe(true);
    expect(hasBounds(definition({ type: 'NUMBER' }))).toBe(true);
    expect(hasBounds(definition({ type: 'NUMBER', readOnly: true }))).toBe(false);
    expect(hasBounds(definition({ type: 'TEXT', min: null }))).toBe(false);
  });

  it('start from the stored bounds, an absent one empty', () => {
    expect(boundsInputOf(definition({ min: 0, max: 1500.5 }))).toEqual({ min: '0', max: '1500.5' });
    expect(boundsInputOf(definition({ min: null }))).toEqual({ min: '', max: '' });
  });

  it('read empty as no bound, and refuse what the BFF refuses', () => {
    expect(parseBoundsInput({ min: '', max: ' ' })).toEqual({ ok: true, bounds: { min: null, max: null } });
    expect(parseBoundsInput({ min: '-10', max: '10' })).toEqual({ ok: true, bounds: { min: -10, max: 10 } });
    expect(parseBoundsInput({ min: '10', max: '1' })).toEqual({ ok: false, errors: { max: 'order' } });
    expect(parseBoundsInput({ min: 'e', max: '1e99' })).toEqual({ ok: false, errors: { min: 'number', max: 'size' } });
  });
});
