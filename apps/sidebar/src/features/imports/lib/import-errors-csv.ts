import type { ImportRowError } from '@c360/contracts';

// A cell a spreadsheet would run as a formula (a column named "=…" in the file) is read as text.
const FORMULA_START = /^[=+\-@\t\r]/;

const cell = (value: string | number): string => {
  const text = typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The check's errors as CSV (row, column, message), UTF-8 with a BOM so that Excel reads Japanese. */
export const importErrorsCsv = (errors: readonly ImportRowError[]): string =>
  `\uFEFF${['row,column,message', ...errors.map((error) => [error.row, error.column, error.message].map(cell).join(','))].join('\r\n')}\r\n`;

/** Saves the text as a file, built in the page (nothing is asked of the server). */
export function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // After the click has handed the file to the browser.
  setTimeout(() => URL.revokeObjectURL(url));
}
