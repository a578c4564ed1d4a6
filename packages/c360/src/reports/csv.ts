/**
 * Characters a spreadsheet may read as the start of a formula (OWASP "CSV Injection"), after any quotes
 * already guarding them: a text that starts with a guard quote gets one more, so the guard can be undone.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field, RFC 4180: a field holding a comma, a quote, CR or LF is quoted, and its quotes doubled.
 * A field starting with = + - @ (or a tab or CR) gets a leading ' as OWASP recommends against CSV
 * (formula) injection, so a spreadsheet shows it as text instead of running it; `csvFieldText` undoes it.
 */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One record with its CRLF line end (RFC 4180). */
export const csvRecord = (fields: readonly string[]): string => `${fields.map(csvField).join(',')}\r\n`;

/**
 * The text a field written by `csvField` stands for, once its quotes are read (for an import of an export):
 * the formula guard's leading ' is dropped, so "+81 3 1234" comes back as it was.
 */
export const csvFieldText = (field: string): string => (GUARDED.test(field) ? field.slice(1) : field);
