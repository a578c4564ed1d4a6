import { describe, expect, it } from 'vitest';
import { csvField, csvFieldText, csvRecord } from './csv.ts';

/** What each field is written as, by the rule it shows. */
const fields: [rule: string, [field: string, written: string][]][] = [
  [
    'leaves plain text and Japanese as they are',
    [
      ['Northwind Traders', 'Northwind Traders'],
      ['株式会社ノースウィンド', '株式会社ノースウィンド'],
      ['', ''],
    ],
  ],
  [
    'quotes fields with commas, quotes, CR or LF and doubles their quotes',
    [
      ['Acme, Inc.', '"Acme, Inc."'],
      ['the "big" one', '"the ""big"" one"'],
      ['line 1\nline 2', '"line 1\nline 2"'],
      ['line 1\r\nline 2', '"line 1\r\nline 2"'],
      ['東京, "大阪"', '"東京, ""大阪"""'],
    ],
  ],
  [
    'prefixes fields a spreadsheet would run as a formula with a quote',
    [
      ['=HYPERLINK("http://evil.example")', '"\'=HYPERLINK(""http://evil.example"")"'],
      ['+1', "'+1"],
      ['-2', "'-2"],
      ['@SUM(A1)', "'@SUM(A1)"],
      ['\tcmd', "'\tcmd"],
      ['a=b', 'a=b'],
      ["'=already guarded", "''=already guarded"],
      ["'plain", "'plain"],
    ],
  ],
];

describe('the CSV writer', () => {
  it.each(fields)('%s', (_rule, cases) => {
    for (const [field, written] of cases) expect(csvField(field), field).toBe(written);
  });

  it('gives back the text of every field once its quotes are read, formula guard undone', () => {
    for (const [, cases] of fields) {
      for (const [field, written] of cases) {
        const unquoted = written.startsWith('"') ? written.slice(1, -1).replaceAll('""', '"') : written;
        expect(csvFieldText(unquoted), field).toBe(field);
      }
    }
  });

  it('joins a record with commas and ends it with CRLF', () => {
    expect(csvRecord(['a', 'b,c', ''])).toBe('a,"b,c",\r\n');
  });
});
