/** The `table` format: a cli-table3 table with coloured status and a progress bar for running tasks. */
import { type FunctionTask, taskErrorMessages } from '@fntasks/core';
import { inert } from '@fntasks/output';
import Table from 'cli-table3';
import type { ColumnId } from '../args.js';
import { COLUMNS, DEFAULT_TABLE_COLUMNS } from './columns.js';
import { type DisplayOptions, taskMetrics } from './fields.js';
import { colorStatus, colors, progressBar } from './style.js';

/** Options of the table format. */
export interface TableOptions extends DisplayOptions {
  /** Columns in order (default: run id, generation, status, progress, start, duration, metrics). */
  readonly columns?: readonly ColumnId[];
}

/** Width of the progress bar drawn for running tasks. */
export const BAR_WIDTH = 10;

/** Renders tasks as a table (no trailing newline). */
export function renderTable(tasks: readonly FunctionTask[], options: TableOptions): string {
  const c = colors(options.color);
  const columns = options.columns ?? DEFAULT_TABLE_COLUMNS;
  const table = new Table({
    head: columns.map((id) => c.bold(COLUMNS[id].tableHeader)),
    style: { head: [], border: options.color ? ['grey'] : [] },
    // Compact: no rule between rows, so a page of 20 tasks fits a screen.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const task of tasks) {
    table.push(columns.map((id) => cell(id, task, options, c)));
  }
  return table.toString();
}

function cell(
  id: ColumnId,
  task: FunctionTask,
  options: DisplayOptions,
  c: ReturnType<typeof colors>,
): string {
  if (id === 'status') return colorStatus(inert(task.status), c);
  if (id === 'progress' && task.status === 'running') return progressBar(task.progress, BAR_WIDTH, c);
  if (id === 'metrics' && taskMetrics(task).length === 0) {
    // A failed run has no metrics; its first error says more than a dash.
    const error = taskErrorMessages(task)[0];
    if (error !== undefined) return c.red(`✖ ${inert(error.length > 40 ? `${error.slice(0, 39)}…` : error)}`);
  }
  // Every cell holds wire text (run ids, metric names, errors, raw extendInfo): inert before cli-table3 sees it.
  return inert(COLUMNS[id].table(task, options));
}
