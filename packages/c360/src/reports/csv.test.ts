import { describe, expect, it } from 'vitest';
import { csvField, csvRecord } from './csv.ts';

describe('the CSV writer', () => {
  it('leaves plain text and Japanese as they are', () => {
    expect(csvField('Northwind Traders')).toBe('Northwind Traders');
    expect(csvField('株式会社ノースウィンド')).toBe('株式会社ノースウィンド');
    expect(csvField('')).toBe('');
  });

  it('quotes fields with commas, quotes, CR or LF and doubles their quotes', () => {
    expect(csvField('Acme, Inc.')).toBe('"Acme, Inc."');
    expect(csvField('the "big" one')).toBe('"the ""big"" one"');
    expect(csvField('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvField('line 1\r\nline 2')).toBe('"line 1\r\nline 2"');
    expect(csvField('東京, "大阪"')).toBe('"東京, ""大阪"""');
  });

  it('prefixes fields a spreadsheet would run as a formula with a quote', () => {
    expect(csvField('=HYPERLINK("http://evil.example")')).toBe('"\'=HYPERLINK(""http://evil.example"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tcmd')).toBe("'\tcmd");
    expect(csvField('a=b')).toBe('a=b');
  });

  it('joins a record with commas and ends it with CRLF', () => {
    expect(csvRecord(['a', 'b,c', ''])).toBe('a,"b,c",\r\n');
  });
});
