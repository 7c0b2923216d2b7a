/** `fntasks list`: one page of tasks, or every page (`--all`) / up to `--limit` through core's iterator. */
import type { FunctionTask, ListFunctionTasksParams } from '@fntasks/core';
import type { ColumnId, OutputFormat, StatusFilter, TimeBound } from '../args.js';
import { toCliError } from '../core-errors.js';
import { UsageError } from '../errors.js';
import type { GlobalOptions, Io } from '../io.js';
import {
  type CommandDeps,
  clientFor,
  contextOf,
  displayFor,
  type InstanceArgs,
  instanceParams,
  outputFormat,
} from './shared.js';
import { resolveTarget } from './target.js';

/** Options of `list`. */
export interface ListOptions extends GlobalOptions, InstanceArgs {
  /** Only tasks in this status. */
  readonly status?: StatusFilter;
  /** Only tasks started after this time (`--since`, as typed and in epoch ms). */
  readonly since?: TimeBound;
  /** Only tasks ended before this time (`--until`). */
  readonly until?: TimeBound;
  /** The page to show (default 1); not with `all`. */
  readonly page?: number;
  /** Tasks per request. */
  readonly pageSize: number;
  /** Every page. */
  readonly all?: boolean;
  /** At most this many tasks (across pages). */
  readonly limit?: number;
  /** Output format (default: table on a TTY, ndjson when piped). */
  readonly output?: OutputFormat;
  /** Table/csv columns. */
  readonly columns?: readonly ColumnId[];
}

/** Lists tasks and prints them in the chosen format. */
export async function list(options: ListOptions, io: Io, deps: CommandDeps = {}): Promise<void> {
  if (options.page !== undefined && (options.all || options.limit !== undefined)) {
    throw new UsageError('--page cannot be combined with --all or --limit, which start at the first page.');
  }
  const format = outputFormat(options.output, io.stdout, 'table', 'ndjson');
  if (options.columns && format !== 'table' && format !== 'csv') {
    throw new UsageError(`--columns applies to the table and csv formats, not ${format}.`, {
      hint: options.output
        ? 'Drop --columns, or use --output table / --output csv.'
        : 'Output is ndjson when piped: add --output table or --output csv.',
    });
  }
  if (options.since && options.until && options.since.millis > options.until.millis) {
    throw new UsageError(
      `--since ${options.since.text} (${isoTime(options.since.millis)}) is after --until ${options.until.text} (${isoTime(options.until.millis)}): no task can match.`,
      {
        hint: 'A duration counts back from now: --since 7d --until 3d is the week before the last three days.',
      },
    );
  }
  const client = await clientFor(options, io, deps);
  const target = await resolveTarget(client, options, io);
  const params: ListFunctionTasksParams = {
    ...instanceParams(target),
    ...(options.status ? { status: options.status } : {}),
    ...(options.since !== undefined ? { startTime: options.since.millis } : {}),
    ...(options.until !== undefined ? { endTime: options.until.millis } : {}),
    pageSize: options.pageSize,
  };
  const call = io.signal ? { signal: io.signal } : undefined;
  const display = {
    ...displayFor(options, io, io.stdout),
    ...(options.columns ? { columns: options.columns } : {}),
  };
  const { renderTasks } = await import('../format/index.js');

  try {
    if (options.all || options.limit !== undefined) {
      const iterable = client.iterateFunctionTasks(
        { ...params, ...(options.limit !== undefined ? { limit: options.limit } : {}) },
        call,
      );
      if (format === 'ndjson') {
        // Streams: each task is printed as soon as its page arrives.
        for await (const task of iterable) io.stdout.write(await renderTasks('ndjson', [task], display));
        return;
      }
      const tasks: FunctionTask[] = [];
      for await (const task of iterable) tasks.push(task);
      io.stdout.write(await renderTasks(format, tasks, display));
      if (format === 'table')
        io.stdout.write(`${footer(`${tasks.length} task${tasks.length === 1 ? '' : 's'}`, display.color)}\n`);
      return;
    }

    const page = await client.listFunctionTasks({ ...params, pageNumber: options.page ?? 1 }, call);
    if (format === 'table' && page.tasks.length === 0) {
      io.stdout.write(
        `No tasks${page.totalCount > 0 ? ` on page ${page.pageNumber} (${page.totalCount} in total)` : ' match'}.\n`,
      );
      return;
    }
    io.stdout.write(await renderTasks(format, page.tasks, display));
    if (format === 'table') {
      const pages = Math.max(1, Math.ceil(page.totalCount / page.pageSize));
      const more = page.pageNumber < pages ? ` · next: --page ${page.pageNumber + 1}, or --all` : '';
      io.stdout.write(
        `${footer(`Page ${page.pageNumber} of ${pages} · ${page.totalCount} task${page.totalCount === 1 ? '' : 's'}${more}`, display.color)}\n`,
      );
    }
  } catch (error) {
    throw toCliError(error, contextOf(target));
  }
}

/** An epoch as ISO-8601 in UTC, for messages. */
function isoTime(millis: number): string {
  return new Date(millis).toISOString();
}

function footer(text: string, color: boolean): string {
  return color ? `\u001b[2m${text}\u001b[22m` : text;
}
