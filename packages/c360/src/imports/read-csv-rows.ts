import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse } from 'csv-parse';
import { AppError } from '../errors/app-error.ts';
import { decodeText } from './decode-text.ts';

/** One record of the file: `row` as a spreadsheet numbers it (the header is row 1). */
export interface CsvRow {
  row: number;
  cells: string[];
}

/** Comma or tab, whichever the header line has more of (outside quotes). */
export function delimiterOf(headerLine: string): ',' | '\t' {
  let commas = 0;
  let tabs = 0;
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === ',') commas += 1;
    else if (!quoted && char === '\t') tabs += 1;
  }
  return tabs > commas ? '\t' : ',';
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * How many records a file holds, counted on its bytes without decoding or parsing it (a pass of milliseconds
 * where parsing takes seconds): line ends outside quotes, blank lines not counted, as `readCsvRows` reads them.
 * Exact for UTF-8 and Shift_JIS, whose multi-byte characters never contain a quote or a line end byte.
 */
export function countRecords(file: Uint8Array): number {
  let records = 0;
  let quoted = false;
  let lineHasText = false;
  for (const byte of file) {
    if (byte === QUOTE) quoted = !quoted;
    if (quoted) {
      lineHasText = true;
    } else if (byte === LF) {
      if (lineHasText) records += 1;
      lineHasText = false;
    } else if (byte !== CR) lineHasText = true;
  }
  return lineHasText ? records + 1 : records;
}

/** The decoded text with its first line read ahead, so the delimiter is known before parsing starts. */
async function withFirstLine(text: AsyncGenerator<string>): Promise<{ firstLine: string; all: AsyncGenerator<string> }> {
  let head = '';
  let done = false;
  while (!head.includes('\n') && !done) {
    const next = await text.next();
    if (next.done) done = true;
    else head += next.value;
  }
  async function* all() {
    yield head;
    yield* text;
  }
  return { firstLine: head.split(/\r?\n/, 1)[0] ?? '', all: all() };
}

/** The records read before the one that failed: the parser counts them itself, ahead of what was yielded. */
const recordsBefore = (error: CsvError, yielded: number) => {
  const { records } = error as CsvError & { records?: unknown };
  return typeof records === 'number' ? records : yielded;
};

const malformed = (row: number, error: CsvError) =>
  new AppError('VALIDATION', 'The file is not a CSV file that can be read.', {
    errors: [{ path: 'file', message: `Row ${row}: ${error.message}` }],
  });

/**
 * The records of a CSV or tab-separated file (RFC 4180 quoting, CRLF or LF, blank lines skipped), streamed:
 * the file is never held whole. A record may have more or fewer cells than the header; the caller says what
 * that means.
 */
export async function* readCsvRows(chunks: AsyncIterable<Uint8Array>, charset?: string): AsyncGenerator<CsvRow> {
  const { firstLine, all } = await withFirstLine(decodeText(chunks, charset));
  const parser = parse({ delimiter: delimiterOf(firstLine), relax_column_count: true, skip_empty_lines: true });
  // pipeline, not pipe: a failure of the source (a file that is not text) ends the parser with that error.
  const fed = pipeline(Readable.from(all), parser);
  fed.catch(() => {}); // seen through the parser's iteration; a reader that stops early ends it on purpose
  let row = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      row += 1;
      yield { row, cells };
    }
    await fed;
  } catch (error) {
    if (error instanceof CsvError) throw malformed(recordsBefore(error, row) + 1, error);
    throw error;
  }
}
