/**
 * The one CSV writer (RFC 4180, with the OWASP formula guard) for the CLI and the dashboard's export.
 * A spreadsheet may split on `,` or on `;` (locales with a decimal comma), so a cell holding either is quoted
 * whatever the separator: `safe;=cmd` must stay one cell in both. A cell that a spreadsheet would run as a
 * formula (starting with `=`, `+`, `-`, `@`, tab or CR) gets a leading `'`, so it shows as text.
 * Quoting does not protect a reader that splits a comma-separated file on `;` (or the reverse): it honours a
 * quote only at the start of a field, so `"safe;=cmd"` becomes `"safe` and `=cmd"`. So a formula character after
 * a `,` or `;` inside a cell (past any spaces or quotes, which such a reader may strip) gets the same `'`:
 * `safe;'=cmd`. That is the only change a cell's text sees, unless it is shown on a terminal (`terminal`).
 */
import { inert } from './inert.js';

/** The separators a spreadsheet splits on: `,` and, where the decimal mark is a comma, `;`. */
export type CsvSeparator = ',' | ';';

/** Options of `toCsv`. */
export interface CsvOptions {
  /** The cell separator (default `,`). */
  readonly separator?: CsvSeparator;
  /** The text goes to a terminal: every control and bidi character of a cell is shown as its escape (`inert`). */
  readonly terminal?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;
/** A formula character that a reader splitting on `,` or `;` would see at the start of a field. */
const FORMULA_AFTER_SEPARATOR = /([,;][ "]*)(?=[=+\-@\t\r])/g;
const NEEDS_QUOTES = /[,;"\t\r\n]/;

/** A cell's text with the formula guard: a leading `'` at its start and after each inner `,` or `;`. */
export function guardFormulas(value: string): string {
  const inner = value.replace(FORMULA_AFTER_SEPARATOR, "$1'");
  return FORMULA_START.test(inner) ? `'${inner}` : inner;
}

/** One cell: formula-guarded, then quoted (quotes doubled) when it holds a separator, quote, tab or line break. */
export function csvCell(value: string, separator: CsvSeparator = ','): string {
  const guarded = guardFormulas(value);
  return NEEDS_QUOTES.test(guarded) || guarded.includes(separator)
    ? `"${guarded.replaceAll('"', '""')}"`
    : guarded;
}

/** Rows of cells as CSV text: cells joined by the separator, every row ended by CRLF (RFC 4180). */
export function toCsv(rows: readonly (readonly string[])[], options: CsvOptions = {}): string {
  const separator = options.separator ?? ',';
  const shown = options.terminal ? inert : (cell: string) => cell;
  let text = '';
  for (const row of rows) text += `${row.map((cell) => csvCell(shown(cell), separator)).join(separator)}\r\n`;
  return text;
}
