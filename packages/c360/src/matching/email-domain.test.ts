import { describe, expect, it } from 'vitest';
import { emailDomain, normalizeEmail } from './email-domain.ts';

/** The domain each value gives, by the rule it shows. */
const domains: [rule: string, [value: string | null | undefined, domain: string | null][]][] = [
  [
    'takes the part after the last @, lower-cased and trimmed',
    [
      ['Emma.Clark@Northwind.Example', 'northwind.example'],
      ['  liam@northwind.example ', 'northwind.example'],
      ['"a@b"@sub.northwind.example', 'sub.northwind.example'],
    ],
  ],
  ['drops the trailing dot of a fully-qualified domain', [['emma@northwind.example.', 'northwind.example']]],
  [
    'answers null for anything that is not an address',
    [null, undefined, '', 'emma', '@northwind.example', 'emma@', 'emma@north wind.example', 'emma@a..b'].map((value) => [value, null]),
  ],
];

describe('emailDomain', () => {
  it.each(domains)('%s', (_rule, cases) => {
    for (const [value, domain] of cases) expect(emailDomain(value), String(value)).toBe(domain);
  });
});

describe('normalizeEmail', () => {
  it('trims and lower-cases a plausible address, else null', () => {
    expect(normalizeEmail(' Emma.Clark@NORTHWIND.example ')).toBe('emma.clark@northwind.example');
    expect(normalizeEmail('not an address')).toBeNull();
    expect(normalizeEmail(null)).toBeNull();
  });
});
