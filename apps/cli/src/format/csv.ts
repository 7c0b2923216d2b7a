/**
 * The `csv` format: a header row and one row per task, written by `@fntasks/output`'s `toCsv` (the one RFC 4180
 * writer with the formula guard, shared with the dashboard's export). On a terminal its cells are made inert.
 * The `metrics` column becomes one column per metric (`metric.auc`, …): a spreadsheet or a script reads a metric
 * by its header, not by splitting `auc=0.8;recall=91`.
 */
import type { FunctionTask } from '@fntasks/core';
import { toCsv } from '@fntasks/output';
import type { ColumnId } from '../args.js';
import { COLUMNS, DEFAULT_CSV_COLUMNS } from './columns.js';
import { type DisplayOptions, taskMetrics } from './fields.js';

/** One csv column: its header and its cell for the task at `index`. */
interface CsvColumn {
  readonly header: string;
  cell(task: FunctionTask, index: number): string;
}

/** Options of the csv format. */
export interface CsvOptions extends Pick<DisplayOptions, 'utc' | 'now' | 'terminal'> {
  /** Columns in order (default: everything needed to rebuild the task). */
  readonly columns?: readonly ColumnId[];
}

/** Renders a header row and one row per task, CRLF-terminated as RFC 4180 says. */
export function renderCsv(tasks: readonly FunctionTask[], options: CsvOptions): string {
  const display = { ...options, color: false };
  const columns = (options.columns ?? DEFAULT_CSV_COLUMNS).flatMap((id): CsvColumn[] =>
    id === 'metrics'
      ? metricColumns(tasks)
      : [{ header: COLUMNS[id].csvHeader, cell: (task) => COLUMNS[id].csv(task, display) }],
  );
  return toCsv(
    [
      columns.map((column) => column.header),
      ...tasks.map((task, index) => columns.map((column) => column.cell(task, index))),
    ],
    { terminal: options.terminal === true },
  );
}

/**
 * `metric.<name>` for every metric name of any row, sorted by name so that a script's columns stay put as runs
 * come and go; a row without that metric has an empty cell.
 */
function metricColumns(tasks: readonly FunctionTask[]): CsvColumn[] {
  const values = tasks.map((task) => new Map(taskMetrics(task)));
  const names = [...new Set(values.flatMap((metrics) => [...metrics.keys()]))].sort();
  return names.map((name) => ({
    header: `metric.${name}`,
    cell: (_task, index) => {
      const value = values[index]?.get(name);
      return value === undefined ? '' : String(value);
    },
  }));
}
