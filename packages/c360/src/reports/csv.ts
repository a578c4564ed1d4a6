/** Characters a spreadsheet may read as the start of a formula (OWASP "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field, RFC 4180: a field holding a comma, a quote, CR or LF is quoted, and its quotes doubled.
 * A field starting with = + - @ (or a tab or CR) gets a leading ' as OWASP recommends against CSV
 * (formula) injection, so a spreadsheet shows it as text instead of running it.
 */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One record with its CRLF line end (RFC 4180). */
export const csvRecord = (fields: readonly string[]): string => `${fields.map(csvField).join(',')}\r\n`;
