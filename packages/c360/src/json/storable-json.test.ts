import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error.ts';
import { assertStorableJson, MAX_STORED_JSON_BYTES, MAX_STORED_JSON_DEPTH } from './storable-json.ts';

const nested = (depth: number): unknown => {
  let value: unknown = 1;
  for (let level = 0; level < depth; level += 1) value = level % 2 === 0 ? { a: value } : [value];
  return value;
};

const refusal = (value: unknown) => {
  try {
    assertStorableJson(value, 'payload');
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('assertStorableJson', () => {
  it('accepts a value nested to the limit', () => {
    expect(refusal(nested(MAX_STORED_JSON_DEPTH))).toBeUndefined();
  });

  it('refuses a value nested 20,000 deep as a validation error naming the field, without overflowing', () => {
    const error = refusal(nested(20_000));
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'VALIDATION', errors: [{ path: 'payload' }] });
  });

  it('refuses a value one level past the limit', () => {
    expect(refusal(nested(MAX_STORED_JSON_DEPTH + 1))).toMatchObject({ code: 'VALIDATION' });
  });

  it('refuses a value larger than the size bound, counted in UTF-8 bytes', () => {
    expect(refusal({ text: 'x'.repeat(MAX_STORED_JSON_BYTES) })).toMatchObject({ code: 'VALIDATION', errors: [{ path: 'payload' }] });
    expect(refusal({ text: 'あ'.repeat(MAX_STORED_JSON_BYTES / 3) })).toMatchObject({ code: 'VALIDATION' });
    expect(refusal({ text: 'x'.repeat(MAX_STORED_JSON_BYTES / 2) })).toBeUndefined();
  });

  it('refuses NUL or a lone surrogate in a string or a key, which jsonb cannot keep', () => {
    expect(refusal({ topic: 'a\u0000b' })).toMatchObject({ code: 'VALIDATION', errors: [{ path: 'payload' }] });
    expect(refusal([{ deeper: ['\uD800'] }])).toMatchObject({ code: 'VALIDATION' });
    expect(refusal({ 'a\u0000': 1 })).toMatchObject({ code: 'VALIDATION' });
    expect(refusal({ topic: '会議 🎉' })).toBeUndefined();
  });
});
