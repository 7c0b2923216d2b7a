/**
 * The `csv` format (RFC 4180). Cells a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`,
 * tab or carriage return) get a leading `'`, the OWASP "CSV injection" advice, so opening the file is safe.
 */
import type { FunctionTask } from '@fntasks/core';
import type { ColumnId } from '../args.js';
import { COLUMNS, DEFAULT_CSV_COLUMNS } from './columns.js';
import type { DisplayOptions } from './fields.js';

/** Options of the csv format. */
export interface CsvOptions extends Pick<DisplayOptions, 'utc' | 'now'> {
  /** Columns in order (default: everything needed to rebuild the task). */
  readonly columns?: readonly ColumnId[];
}

/** Neutralises a formula-looking cell, then quotes it when it holds a comma, quote or line break. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Renders a header row and one row per task, CRLF-terminated as RFC 4180 says. */
export function renderCsv(tasks: readonly FunctionTask[], options: CsvOptions): string {
  const columns = options.columns ?? DEFAULT_CSV_COLUMNS;
  const display = { ...options, color: false };
  const lines = [columns.map((id) => csvCell(COLUMNS[id].csvHeader)).join(',')];
  for (const task of tasks)
    lines.push(columns.map((id) => csvCell(COLUMNS[id].csv(task, display))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
