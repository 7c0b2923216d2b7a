/**
 * The one CSV writer (RFC 4180, with the OWASP formula guard) for the CLI and the dashboard's export.
 * A spreadsheet may split on `,` or on `;` (locales with a decimal comma), so a cell holding either is quoted
 * whatever the separator: `safe;=cmd` must stay one cell in both. A cell that a spreadsheet would run as a
 * formula (starting with `=`, `+`, `-`, `@`, tab or CR) gets a leading `'`, so it shows as text.
 */

/** The separators a spreadsheet splits on: `,` and, where the decimal mark is a comma, `;`. */
export type CsvSeparator = ',' | ';';

/** Options of `toCsv`. */
export interface CsvOptions {
  /** The cell separator (default `,`). */
  readonly separator?: CsvSeparator;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[,;"\t\r\n]/;

/** One cell: formula-guarded, then quoted (quotes doubled) when it holds a separator, quote, tab or line break. */
export function csvCell(value: string, separator: CsvSeparator = ','): string {
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(guarded) || guarded.includes(separator)
    ? `"${guarded.replaceAll('"', '""')}"`
    : guarded;
}

/** Rows of cells as CSV text: cells joined by the separator, every row ended by CRLF (RFC 4180). */
export function toCsv(rows: readonly (readonly string[])[], options: CsvOptions = {}): string {
  const separator = options.separator ?? ',';
  let text = '';
  for (const row of rows) text += `${row.map((cell) => csvCell(cell, separator)).join(separator)}\r\n`;
  return text;
}
