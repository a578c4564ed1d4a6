import { describe, expect, it } from 'vitest';
import { readCell } from './import-columns.ts';

describe('reading a cell', () => {
  it('reads back a text the export guarded against formulas', () => {
    expect(readCell('text', "'+81 3 1234 5678")).toBe('+81 3 1234 5678');
    expect(readCell('text', "Tokyo 'East'")).toBe("Tokyo 'East'");
    expect(readCell('wholeNumber', '1,200')).toBe(1200);
    expect(readCell('date', '2027/4/1')).toBe('2027-04-01');
    expect(readCell('amount', '')).toBeUndefined();
  });

  it('reads back a negative number the export guarded as it guards a formula', () => {
    expect(readCell('wholeNumber', "'-20")).toBe(-20);
    expect(readCell('amount', "'-1,200.50")).toBe(-1200.5);
  });

  it('reads a list as the export joins it, e-mails separated by "; "', () => {
    expect(readCell('list', 'alex@acme.example; hana.sato@acme.example;')).toEqual(['alex@acme.example', 'hana.sato@acme.example']);
    expect(readCell('list', ' ')).toBeUndefined();
  });
});
