/** Picks the formatter for `--output`; each is imported only when used, to keep start-up fast. */
import type { FunctionTask } from '@fntasks/core';
import type { ColumnId, OutputFormat } from '../args.js';
import { printableTask } from './depth.js';
import type { DisplayOptions } from './fields.js';

/** Everything a formatter may need. */
export interface RenderOptions extends DisplayOptions {
  readonly columns?: readonly ColumnId[];
}

/** Renders a list of tasks in the given format (newline-terminated). */
export async function renderTasks(
  format: OutputFormat,
  given: readonly FunctionTask[],
  options: RenderOptions,
): Promise<string> {
  const tasks = given.map(printableTask);
  switch (format) {
    case 'table': {
      const { renderTable } = await import('./table.js');
      return `${renderTable(tasks, options)}\n`;
    }
    case 'json': {
      const { renderJson } = await import('./json.js');
      return renderJson(tasks);
    }
    case 'ndjson': {
      const { renderNdjson } = await import('./ndjson.js');
      return renderNdjson(tasks);
    }
    case 'csv': {
      const { renderCsv } = await import('./csv.js');
      return renderCsv(tasks, options);
    }
    case 'yaml': {
      const { renderYaml } = await import('./yaml.js');
      return renderYaml(tasks);
    }
  }
}

/** Renders one task: `table` is the detailed view; json and yaml give the object itself, not a list. */
export async function renderTask(
  format: OutputFormat,
  given: FunctionTask,
  options: RenderOptions,
): Promise<string> {
  const task = printableTask(given);
  switch (format) {
    case 'table': {
      const { renderDetail } = await import('./detail.js');
      return renderDetail(task, options);
    }
    case 'json': {
      const { renderJson } = await import('./json.js');
      return renderJson(task);
    }
    case 'yaml': {
      const { renderYaml } = await import('./yaml.js');
      return renderYaml(task);
    }
    default:
      return renderTasks(format, [task], options);
  }
}
