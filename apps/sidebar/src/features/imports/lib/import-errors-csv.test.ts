import { describe, expect, it } from 'vitest';
import { importErrorsCsv } from './import-errors-csv';

describe('the errors as CSV', () => {
  it('is row,column,message with a BOM for Excel, quoting what needs it and reading formulas as text', () => {
    expect(
      importErrorsCsv([
        { row: 3, column: 'Name', message: '名前を入力してください。' },
        { row: 4, column: '', message: 'Give "ExternalId", or a Name.' },
        { row: 5, column: '=HYPERLINK("x")', message: 'Not a column.' },
      ]),
    ).toBe(
      '\uFEFFrow,column,message\r\n' +
        '3,Name,名前を入力してください。\r\n' +
        '4,,"Give ""ExternalId"", or a Name."\r\n' +
        `5,"'=HYPERLINK(""x"")",Not a column.\r\n`,
    );
  });
});
