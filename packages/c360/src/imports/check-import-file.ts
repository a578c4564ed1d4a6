import { MAX_IMPORT_ERRORS_LISTED, type ImportObject, type ImportReport, type ImportRowError } from '@c360/contracts';
import { recordErrorsOf } from '../domain-api/upsert-batch.ts';
import { IMPORT_COLUMNS, CellError, readCell, type ImportColumns } from './import-columns.ts';
import type { ColumnMapping } from './import-mapping.ts';
import type { CsvRow } from './read-csv-rows.ts';

/** A data row that passed its checks: the record it becomes, with its spreadsheet row. */
export interface CheckedRow {
  row: number;
  record: Record<string, unknown>;
}

/**
 * Collects a file's errors: every one counted, the first ones listed. A row's errors name the column as the
 * file's header does, also when the column is mapped to a field of another name.
 */
export class ImportErrors {
  readonly listed: ImportRowError[] = [];
  count = 0;
  readonly rowsWithErrors = new Set<number>();
  /** Field → the header's name for it, where they differ (set once the header is read). */
  headerNameOf = new Map<string, string>();

  add(error: ImportRowError): void {
    this.count += 1;
    this.rowsWithErrors.add(error.row);
    const column = error.row > 1 ? (this.headerNameOf.get(error.column) ?? error.column) : error.column;
    if (this.listed.length < MAX_IMPORT_ERRORS_LISTED) this.listed.push({ ...error, column });
  }
}

/**
 * The field each header column is read as, by position: the mapping's, else the column's own name (a column
 * mapped to null, or one an export writes that the import does not read, is skipped). Unknown, repeated and
 * missing fields are the header's errors (row 1), named as the header names the column.
 */
function readHeader(definition: ImportColumns, object: ImportObject, cells: string[], mapping: ColumnMapping, errors: ImportErrors): Array<string | undefined> {
  const known = Object.keys(definition.columns);
  const seen = new Map<string, string>();
  const fields = cells.map((cell) => {
    const name = cell.trim();
    const field = Object.hasOwn(mapping, name) ? mapping[name] : name;
    if (field === null || (field === name && !known.includes(name) && definition.skipped.includes(name))) return undefined;
    if (field === undefined || !known.includes(field)) {
      errors.add({ row: 1, column: name, message: `This is not a column of ${object}: use ${known.join(', ')}.` });
      return undefined;
    }
    const earlier = seen.get(field);
    if (earlier !== undefined) {
      const message = earlier === name ? 'This column is in the header twice.' : `The column ${earlier} is read as ${field} already.`;
      errors.add({ row: 1, column: name, message });
      return undefined;
    }
    seen.set(field, name);
    if (field !== name) errors.headerNameOf.set(field, name);
    return field;
  });
  for (const name of definition.required) {
    if (!seen.has(name)) errors.add({ row: 1, column: name, message: `The header needs a ${name} column.` });
  }
  return fields;
}

/**
 * Checks an import file row by row, as the domain API checks a record, and the file as a whole (a header of
 * known columns, no record twice), its columns read as `mapping` says. Yields the good rows; the errors are in
 * `errors`. With a bad header no row is checked (every one would fail the same way), but the rows are still counted.
 */
export async function* checkImportRows(
  object: ImportObject,
  rows: AsyncIterable<CsvRow>,
  errors: ImportErrors,
  counted: { rows: number },
  mapping: ColumnMapping,
): AsyncGenerator<CheckedRow> {
  const definition = IMPORT_COLUMNS[object];
  let columns: Array<string | undefined> | undefined;
  const firstRowOf = new Map<string, number>();
  for await (const { row, cells } of rows) {
    if (!columns) {
      columns = readHeader(definition, object, cells, mapping, errors);
      continue;
    }
    counted.rows += 1;
    if (errors.rowsWithErrors.has(1)) continue;
    const record = recordOf(definition, columns, row, cells, errors);
    if (!record || !unique(definition, record, row, firstRowOf, errors)) continue;
    yield { row, record };
  }
  if (!columns) errors.add({ row: 1, column: '', message: 'The file is empty: it needs a header row with the column names.' });
}

function recordOf(
  definition: ImportColumns,
  columns: Array<string | undefined>,
  row: number,
  cells: string[],
  errors: ImportErrors,
): Record<string, unknown> | undefined {
  if (cells.length > columns.length) {
    errors.add({ row, column: '', message: `This row has ${cells.length} cells, the header ${columns.length}.` });
    return undefined;
  }
  const raw: Record<string, unknown> = {};
  const unreadable = new Set<string>();
  columns.forEach((column, index) => {
    if (column === undefined) return;
    try {
      const value = readCell(definition.columns[column]!, cells[index] ?? '');
      if (value !== undefined) raw[column] = value;
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      errors.add({ row, column, message: error.message });
      unreadable.add(column);
    }
  });
  // The cells that could be read are checked too, so one pass over the file names every bad cell of a row.
  const parsed = definition.schema.safeParse(raw);
  if (parsed.success && unreadable.size === 0) return parsed.data as Record<string, unknown>;
  if (!parsed.success) for (const { field, message } of recordErrorsOf(parsed.error)) if (!unreadable.has(field)) errors.add({ row, column: field, message });
  return undefined;
}

/** A record's unique values must not be on an earlier row of the file (e-mails compared as the store compares them). */
function unique(definition: ImportColumns, record: Record<string, unknown>, row: number, firstRowOf: Map<string, number>, errors: ImportErrors): boolean {
  let ok = true;
  for (const group of definition.unique) {
    const values = group.map((column) => record[column]);
    if (typeof values[0] !== 'string') continue;
    const key = [
      group.join('+'),
      ...values.map((value, i) => (group[i] === 'Email' && typeof value === 'string' ? value.toLowerCase() : String(value ?? ''))),
    ].join('\u0000');
    const first = firstRowOf.get(key);
    if (first === undefined) firstRowOf.set(key, row);
    else {
      const named = group.filter((column) => record[column] !== undefined);
      errors.add({ row, column: group[0]!, message: `Row ${first} has the same ${named.join(' and ')}: each record once in a file.` });
      ok = false;
    }
  }
  return ok;
}

/** The report of a checked file. */
export function reportOf(rows: number, errors: ImportErrors): ImportReport {
  const rowsWithErrors = [...errors.rowsWithErrors].filter((row) => row > 1).length;
  const listed = errors.listed.sort((a, b) => a.row - b.row); // in place: the next report sorts a list already almost in order
  return { rows, validRows: errors.rowsWithErrors.has(1) ? 0 : rows - rowsWithErrors, errors: listed, errorCount: errors.count };
}
