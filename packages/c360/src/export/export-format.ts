import { csvRecord } from '../reports/csv.ts';
import { EXPORT_DEFINITIONS, type ExportCell, type ExportObject, type ExportRow } from './export-columns.ts';

/** The UTF-8 byte order mark: Excel (Japanese Excel too) reads a CSV that starts with it as UTF-8. */
export const UTF8_BOM = '\uFEFF';

/** A value as a CSV field: empty for none, lists joined by "; ". */
export function csvCell(cell: ExportCell): string {
  if (cell === null) return '';
  if (Array.isArray(cell)) return cell.join('; ');
  return String(cell);
}

/** A row as one CSV record (RFC 4180, CRLF), in its object's column order. */
export function csvRowOf<Object extends ExportObject>(object: Object, row: ExportRow<Object>): string {
  const columns: readonly (keyof ExportRow<Object>)[] = EXPORT_DEFINITIONS[object].columns;
  return csvRecord(columns.map((column) => csvCell(row[column])));
}

/** An object's CSV file, chunk by chunk: the BOM and the header, then a chunk per page of rows. */
export async function* csvChunks<Object extends ExportObject>(object: Object, pages: AsyncIterable<Array<ExportRow<Object>>>): AsyncGenerator<string> {
  yield UTF8_BOM + csvRecord(EXPORT_DEFINITIONS[object].columns);
  for await (const rows of pages) yield rows.map((row) => csvRowOf(object, row)).join('');
}

/** A row as one JSON line: `{"object": …}` first, then its columns in order. */
export function jsonLineOf<Object extends ExportObject>(object: Object, row: ExportRow<Object>): string {
  const columns: readonly (keyof ExportRow<Object>)[] = EXPORT_DEFINITIONS[object].columns;
  return `${JSON.stringify(Object.fromEntries([['object', object], ...columns.map((column) => [column, row[column]])]))}\n`;
}
