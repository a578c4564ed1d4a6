/**
 * A strict RFC 4180 reader for tests: records end in CRLF, quoted fields may hold commas, CR, LF and doubled
 * quotes. Throws on anything a conforming writer would not produce (a bare LF, a stray quote).
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let index = 0;
  while (index < text.length) {
    if (text[index] === '"' && field === '') {
      const end = closingQuote(text, index + 1);
      field = text.slice(index + 1, end).replaceAll('""', '"');
      index = end + 1;
      if (!(text[index] === ',' || text.startsWith('\r\n', index))) throw new Error(`Text after a quoted field at ${index}`);
      continue;
    }
    if (text[index] === ',') {
      record.push(field);
      field = '';
      index += 1;
    } else if (text.startsWith('\r\n', index)) {
      records.push([...record, field]);
      record = [];
      field = '';
      index += 2;
    } else if (text[index] === '"' || text[index] === '\n' || text[index] === '\r') {
      throw new Error(`Unquoted ${JSON.stringify(text[index])} at ${index}`);
    } else {
      field += text[index];
      index += 1;
    }
  }
  if (field !== '' || record.length > 0) throw new Error('The last record does not end in CRLF');
  return records;
}

function closingQuote(text: string, from: number): number {
  let index = from;
  for (;;) {
    const quote = text.indexOf('"', index);
    if (quote === -1) throw new Error(`Unclosed quoted field from ${from - 1}`);
    if (text[quote + 1] !== '"') return quote;
    index = quote + 2;
  }
}
