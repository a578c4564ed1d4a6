import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error.ts';
import { countRecords, delimiterOf, readCsvRows, type CsvRow } from './read-csv-rows.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** The bytes as a stream of chunks of `size` bytes, as a request body arrives. */
async function* chunked(bytes: Uint8Array, size = 7): AsyncGenerator<Uint8Array> {
  for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size);
}
const rowsOf = async (bytes: Uint8Array, charset?: string, size?: number) => {
  const rows: CsvRow[] = [];
  for await (const row of readCsvRows(chunked(bytes, size), charset)) rows.push(row);
  return rows;
};
const failureOf = async (bytes: Uint8Array, charset?: string) => {
  const error = await rowsOf(bytes, charset).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};

// 株式会社 in Shift_JIS, as a Japanese Excel saves "CSV".
const KABUSHIKI_GAISHA_SJIS = [0x8a, 0x94, 0x8e, 0xae, 0x89, 0xef, 0x8e, 0xd0];

describe('reading an import file', () => {
  it('reads RFC 4180 quoting: commas, quotes and line breaks inside a cell, CRLF, blank lines skipped', async () => {
    const rows = await rowsOf(utf8('ExternalId,Name,Industry\r\nc1,"Acme, Inc.","He said ""hi""\r\nthen left"\r\n\r\nc2,Beta,\r\n'));
    expect(rows).toEqual([
      { row: 1, cells: ['ExternalId', 'Name', 'Industry'] },
      { row: 2, cells: ['c1', 'Acme, Inc.', 'He said "hi"\r\nthen left'] },
      { row: 3, cells: ['c2', 'Beta', ''] },
    ]);
  });

  it('drops a UTF-8 BOM and keeps a character split between two chunks whole', async () => {
    const rows = await rowsOf(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Name\n株式会社ゼニス\n')]), undefined, 4);
    expect(rows.map((row) => row.cells)).toEqual([['Name'], ['株式会社ゼニス']]);
  });

  it('reads Shift_JIS from a Japanese Excel without being told, and when told', async () => {
    const file = new Uint8Array([...utf8('ExternalId,Name\r\nc1,'), ...KABUSHIKI_GAISHA_SJIS, 0x0d, 0x0a]);
    expect((await rowsOf(file))[1]!.cells).toEqual(['c1', '株式会社']);
    expect((await rowsOf(file, 'Shift_JIS'))[1]!.cells).toEqual(['c1', '株式会社']);
  });

  it('reads tab-separated files', async () => {
    const rows = await rowsOf(utf8('ExternalId\tName\nc1\tAcme, Inc.\n'));
    expect(rows[1]!.cells).toEqual(['c1', 'Acme, Inc.']);
    expect(delimiterOf('"a\tb",c')).toBe(',');
  });

  it('refuses a file sent as UTF-8 that is not, naming the file', async () => {
    const error = await failureOf(new Uint8Array([...utf8('Name\n'), ...KABUSHIKI_GAISHA_SJIS]), 'utf-8');
    expect(error.code).toBe('VALIDATION');
    expect(error.errors).toEqual([{ path: 'file', message: expect.stringContaining('not UTF-8') }]);
  });

  it('refuses a charset it does not read', async () => {
    const error = await failureOf(utf8('Name\n'), 'latin1');
    expect(error.errors?.[0]).toMatchObject({ path: 'file', message: expect.stringContaining('latin1') });
  });

  it('refuses a quote that is never closed, naming the row', async () => {
    const error = await failureOf(utf8('Name\nok\n"never closed\n'));
    expect(error.errors?.[0]).toMatchObject({ path: 'file', message: expect.stringMatching(/^Row 3: /) });
  });

  it('counts the records on the bytes as the parser reads them: quoted line breaks, blank lines and a last line without its end', async () => {
    const files = ['ExternalId,Name,Industry\r\nc1,"Acme, Inc.","He said ""hi""\r\nthen left"\r\n\r\nc2,Beta,\r\n', 'a,b\nc,d', 'a,b\n\n\n', ''].map(utf8);
    files.push(new Uint8Array([...utf8('Name\n"'), ...KABUSHIKI_GAISHA_SJIS, ...utf8('\n"\n')]));
    for (const file of files) expect(countRecords(file)).toBe((await rowsOf(file)).length);
  });
});
