/**
 * CSV for people who open it in a spreadsheet. RFC 4180 quoting, plus formula-injection
 * protection (OWASP): a cell starting with = + - @ (or a tab or carriage return) would be run
 * as a formula by Excel or Sheets, so it gets a leading apostrophe and is shown as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const csvRow = (cells: readonly (string | number | null | undefined)[]): string =>
  `${cells.map(csvCell).join(',')}\r\n`;
