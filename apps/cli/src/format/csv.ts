/**
 * The `csv` format: a header row and one row per task, written by `@fntasks/output`'s `toCsv` (the one RFC 4180
 * writer with the formula guard, shared with the dashboard's export). On a terminal its cells are made inert.
 */
import type { FunctionTask } from '@fntasks/core';
import { toCsv } from '@fntasks/output';
import type { ColumnId } from '../args.js';
import { COLUMNS, DEFAULT_CSV_COLUMNS } from './columns.js';
import type { DisplayOptions } from './fields.js';

/** Options of the csv format. */
export interface CsvOptions extends Pick<DisplayOptions, 'utc' | 'now' | 'terminal'> {
  /** Columns in order (default: everything needed to rebuild the task). */
  readonly columns?: readonly ColumnId[];
}

/** Renders a header row and one row per task, CRLF-terminated as RFC 4180 says. */
export function renderCsv(tasks: readonly FunctionTask[], options: CsvOptions): string {
  const columns = options.columns ?? DEFAULT_CSV_COLUMNS;
  const display = { ...options, color: false };
  return toCsv(
    [
      columns.map((id) => COLUMNS[id].csvHeader),
      ...tasks.map((task) => columns.map((id) => COLUMNS[id].csv(task, display))),
    ],
    { terminal: options.terminal === true },
  );
}
