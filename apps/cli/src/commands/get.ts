/** `fntasks get`: one task in full, by generation (GetFunctionTask) or by run id (core's iterator). */
import { type FunctionTask, type FunctionTasksClient, isTaskNotFound } from '@fntasks/core';
import type { OutputFormat, TaskRef } from '../args.js';
import { fntasksCommand } from '../command-line.js';
import { toCliError } from '../core-errors.js';
import { CliError, ExitCode } from '../errors.js';
import type { GlobalOptions, Io } from '../io.js';
import {
  type CommandDeps,
  clientFor,
  contextOf,
  displayFor,
  type InstanceArgs,
  instanceLabel,
  instanceParams,
  outputFormat,
} from './shared.js';
import { resolveTarget } from './target.js';

/** Options of `get`. */
export interface GetOptions extends GlobalOptions, InstanceArgs {
  /** The run id or generation. */
  readonly task: TaskRef;
  /** Output format (default: the detailed view on a TTY, json when piped). */
  readonly output?: OutputFormat;
}

/** The page size used to look a task up: the largest the service takes, so most lookups are one request. */
const LOOKUP_PAGE_SIZE = 100;

/** Describes a task reference for messages: `run id "x"` / `generation 3`. */
export function describeRef(ref: TaskRef): string {
  return 'runId' in ref ? `run id ${JSON.stringify(ref.runId)}` : `generation ${ref.generation}`;
}

/** True when the task is the one the reference names. */
export function matchesRef(task: FunctionTask, ref: TaskRef): boolean {
  return 'runId' in ref ? task.runId === ref.runId : task.generation === ref.generation;
}

/**
 * Finds the task: by generation through GetFunctionTask (one request), by run id through core's iterator,
 * newest first. Throws a NotFound CliError (exit 7) when there is none.
 */
export async function findTask(
  client: FunctionTasksClient,
  args: InstanceArgs & GlobalOptions,
  ref: TaskRef,
  io: Io,
): Promise<FunctionTask> {
  const call = io.signal ? { signal: io.signal } : undefined;
  try {
    if ('generation' in ref) {
      return (await client.getFunctionTask({ ...instanceParams(args), generation: ref.generation }, call))
        .task;
    }
    for await (const task of client.iterateFunctionTasks(
      { ...instanceParams(args), pageSize: LOOKUP_PAGE_SIZE },
      call,
    )) {
      if (matchesRef(task, ref)) return task;
    }
  } catch (error) {
    if (isTaskNotFound(error)) throw notFound(args, ref);
    throw toCliError(error, contextOf(args));
  }
  throw notFound(args, ref);
}

/** Exit 7 with a hint to list the runs, with the connection flags in use so that it can be pasted. */
export function notFound(args: InstanceArgs & GlobalOptions, ref: TaskRef): CliError {
  return new CliError(`No task with ${describeRef(ref)} in ${instanceLabel(args)}.`, ExitCode.NotFound, {
    hint: `List the tasks with: ${fntasksCommand(['list', args.appGroup, args.functionName, args.instance], args)}`,
  });
}

/** Prints one task. */
export async function get(options: GetOptions, io: Io, deps: CommandDeps = {}): Promise<void> {
  const format = outputFormat(options.output, io.stdout, 'table', 'json');
  const client = await clientFor(options, io, deps);
  const task = await findTask(client, await resolveTarget(client, options, io), options.task, io);
  const { renderTask } = await import('../format/index.js');
  io.stdout.write(await renderTask(format, task, displayFor(options, io, io.stdout)));
}
