import { describe, expect, it } from 'vitest';
import { unzipTexts } from '../../test/support/index.ts';
import { EXPORT_DEFINITIONS, type ExportRow } from './export-columns.ts';
import { csvCell, csvChunks, csvRowOf, jsonLineOf, UTF8_BOM } from './export-format.ts';
import { zipStream } from './zip-stream.ts';

const reply: ExportRow<'supportTicketReply'> = { TicketExternalId: 't-1', SentAt: '2026-03-02T09:00:00.000Z', ResponseMinutes: 42 };
const relationship = (name: string): ExportRow<'relationship'> => ({
  ExternalId: 'rel-1',
  CompanyExternalId: null,
  CompanyName: '株式会社ノースウィンド',
  Name: name,
  Type: 'Subsidiary',
  CsmEmail: 'alex@acme.example',
});

async function all<Item>(items: AsyncIterable<Item>): Promise<Item[]> {
  const out: Item[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** The items, one at a time, as a store read gives its pages. */
async function* itemsOf<Item>(...items: Item[]) {
  yield* items;
}

describe('the export CSV writer', () => {
  it('writes no value as an empty field, numbers and booleans as text, lists joined by "; "', () => {
    expect([null, 0, 12.5, true, false, [], ['a@x.example', 'b@x.example']].map(csvCell)).toEqual([
      '',
      '0',
      '12.5',
      'true',
      'false',
      '',
      'a@x.example; b@x.example',
    ]);
  });

  it('quotes fields with commas, quotes and line breaks (RFC 4180), keeps Japanese as it is and ends records with CRLF', () => {
    expect(csvRowOf('relationship', relationship('Tokyo, "East"\r\nbranch'))).toBe(
      'rel-1,,株式会社ノースウィンド,"Tokyo, ""East""\r\nbranch",Subsidiary,alex@acme.example\r\n',
    );
    expect(csvRowOf('supportTicketReply', reply)).toBe('t-1,2026-03-02T09:00:00.000Z,42\r\n');
  });

  it("starts an object's file with the UTF-8 BOM and its header, then a chunk per page", async () => {
    const chunks = await all(csvChunks('supportTicketReply', itemsOf([reply, reply], [reply])));
    expect(chunks).toEqual([
      `${UTF8_BOM}TicketExternalId,SentAt,ResponseMinutes\r\n`,
      csvRowOf('supportTicketReply', reply).repeat(2),
      csvRowOf('supportTicketReply', reply),
    ]);
  });
});

describe('the export JSON lines', () => {
  it('give "object" first, then the columns in order, lists as arrays and no value as null', () => {
    const line = jsonLineOf('relationship', relationship('東京'));
    expect(line.endsWith('\n')).toBe(true);
    expect(Object.keys(JSON.parse(line))).toEqual(['object', ...EXPORT_DEFINITIONS.relationship.columns]);
    expect(JSON.parse(line)).toMatchObject({ object: 'relationship', CompanyExternalId: null, Name: '東京' });
  });
});

describe('the export ZIP', () => {
  it('holds each entry as written, with the time given', async () => {
    const archive = Buffer.concat(
      await all(
        zipStream(
          [
            { name: 'a.csv', chunks: itemsOf('\uFEFFName\r\n', '東京\r\n') },
            { name: 'b.csv', chunks: itemsOf('x'.repeat(200_000)) },
          ],
          new Date('2026-03-02T09:00:00.000Z'),
        ),
      ),
    );
    expect(archive.length).toBeLessThan(10_000);
    expect(unzipTexts(archive)).toEqual({ 'a.csv': '\uFEFFName\r\n東京\r\n', 'b.csv': 'x'.repeat(200_000) });
  });
});
