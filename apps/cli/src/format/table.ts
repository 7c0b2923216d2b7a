/** The `table` format: a cli-table3 table with coloured status and a progress bar for running tasks. */
import { type FunctionTask, taskErrorMessages } from '@fntasks/core';
import { inert } from '@fntasks/output';
import Table from 'cli-table3';
import type { ColumnId } from '../args.js';
import { COLUMNS, DEFAULT_TABLE_COLUMNS } from './columns.js';
import type { DisplayOptions } from './fields.js';
import { colorStatus, colors, progressBar } from './style.js';

/** Options of the table format. */
export interface TableOptions extends DisplayOptions {
  /** Columns in order (default: run id, generation, status, progress, start, duration, metrics; errors when any). */
  readonly columns?: readonly ColumnId[];
}

/** Width of the progress bar drawn for running tasks. */
export const BAR_WIDTH = 10;

/** Renders tasks as a table (no trailing newline). */
export function renderTable(tasks: readonly FunctionTask[], options: TableOptions): string {
  const c = colors(options.color);
  const columns = options.columns ?? defaultColumns(tasks);
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

/** The default columns, and ERRORS when a run has errors: they never stand under METRICS. */
function defaultColumns(tasks: readonly FunctionTask[]): readonly ColumnId[] {
  return tasks.some((task) => taskErrorMessages(task).length > 0)
    ? [...DEFAULT_TABLE_COLUMNS, 'errors']
    : DEFAULT_TABLE_COLUMNS;
}

function cell(
  id: ColumnId,
  task: FunctionTask,
  options: DisplayOptions,
  c: ReturnType<typeof colors>,
): string {
  if (id === 'status') return colorStatus(inert(task.status), c);
  if (id === 'progress' && task.status === 'running') return progressBar(task.progress, BAR_WIDTH, c);
  if (id === 'errors' && taskErrorMessages(task).length > 0)
    return c.red(`✖ ${inert(COLUMNS.errors.table(task, options))}`);
  // Every cell holds wire text (run ids, metric names, errors, raw extendInfo): inert before cli-table3 sees it.
  return inert(COLUMNS[id].table(task, options));
}
