import { describe, expect, it } from 'vitest';
import { emailDomain, normalizeEmail } from './email-domain.ts';

describe('emailDomain', () => {
  it('takes the part after the last @, lower-cased and trimmed', () => {
    expect(emailDomain('Emma.Clark@Northwind.Example')).toBe('northwind.example');
    expect(emailDomain('  liam@northwind.example ')).toBe('northwind.example');
    expect(emailDomain('"a@b"@sub.northwind.example')).toBe('sub.northwind.example');
  });

  it('drops the trailing dot of a fully-qualified domain', () => {
    expect(emailDomain('emma@northwind.example.')).toBe('northwind.example');
  });

  it('answers null for anything that is not an address', () => {
    for (const value of [null, undefined, '', 'emma', '@northwind.example', 'emma@', 'emma@north wind.example', 'emma@a..b']) {
      expect(emailDomain(value)).toBeNull();
    }
  });
});

describe('normalizeEmail', () => {
  it('trims and lower-cases a plausible address, else null', () => {
    expect(normalizeEmail(' Emma.Clark@NORTHWIND.example ')).toBe('emma.clark@northwind.example');
    expect(normalizeEmail('not an address')).toBeNull();
    expect(normalizeEmail(null)).toBeNull();
  });
});
