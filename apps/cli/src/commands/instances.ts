/**
 * `fntasks instances APP [FN]`: a function's instances (or those of every documented function) with their last
 * run. ListFunctionInstances carries no task, and GetFunctionInstance's `lastRunTime` is a duration, so the last
 * run costs one `pageSize=1` ListFunctionTasks per instance; those calls run concurrently (at most
 * `LAST_RUN_CONCURRENCY` at a time).
 */
import type { FunctionInstance, FunctionTask, FunctionTasksClient } from '@fntasks/core';
import { FunctionTasksApiError } from '@fntasks/core';
import { FUNCTION_NAMES } from '@fntasks/protocol';
import type { InstanceSource, OutputFormat } from '../args.js';
import { toCliError } from '../core-errors.js';
import type { GlobalOptions, Io } from '../io.js';
import { type CommandDeps, clientFor, displayFor, outputFormat } from './shared.js';

/** Options of `instances`. */
export interface InstancesOptions extends GlobalOptions {
  readonly appGroup: string;
  /** One function; absent: each documented function name. */
  readonly functionName?: string;
  /** `user` (the service's default), `builtin` or `all`. */
  readonly source?: InstanceSource;
  readonly output?: OutputFormat;
}

/** An instance and its newest run (`null`: never ran, or the run could not be read). */
export interface InstanceWithLastRun extends FunctionInstance {
  readonly lastRun: FunctionTask | null;
}

/** How many last-run calls are in flight at once. */
export const LAST_RUN_CONCURRENCY = 8;

/** The instances, each with its newest run, in function order then as the service listed them. */
export async function findInstances(
  client: FunctionTasksClient,
  options: InstancesOptions,
  io: Io,
): Promise<InstanceWithLastRun[]> {
  const call = io.signal ? { signal: io.signal } : undefined;
  const functions = options.functionName ? [options.functionName] : FUNCTION_NAMES;
  const lists = await Promise.all(
    functions.map(async (functionName) => {
      const found: FunctionInstance[] = [];
      try {
        for await (const instance of client.iterateFunctionInstances(
          {
            appGroupIdentity: options.appGroup,
            functionName,
            ...(options.source ? { source: options.source } : {}),
          },
          call,
        ))
          found.push(instance);
      } catch (error) {
        // Asking every documented function: one the app group does not use is no error.
        if (!options.functionName && isMissingFunction(error)) return [];
        throw error;
      }
      return found;
    }),
  );
  const all = lists.flat();
  const lastRuns = await mapConcurrently(all, LAST_RUN_CONCURRENCY, (instance) =>
    lastRunOf(client, options.appGroup, instance, call),
  );
  return all.map((instance, index) => ({ ...instance, lastRun: lastRuns[index] ?? null }));
}

/** The newest run of an instance: one `pageSize=1` ListFunctionTasks. */
export async function lastRunOf(
  client: FunctionTasksClient,
  appGroup: string,
  instance: Pick<FunctionInstance, 'functionName' | 'instanceName'>,
  call: { signal: AbortSignal } | undefined,
): Promise<FunctionTask | null> {
  try {
    const page = await client.listFunctionTasks(
      {
        appGroupIdentity: appGroup,
        functionName: instance.functionName,
        instanceName: instance.instanceName,
        pageSize: 1,
      },
      call,
    );
    return page.tasks[0] ?? null;
  } catch (error) {
    if (error instanceof FunctionTasksApiError && /NotExist|NotFound/.test(error.code)) return null;
    throw error;
  }
}

function isMissingFunction(error: unknown): boolean {
  return error instanceof FunctionTasksApiError && /^Function\.Not(Exist|Found)/.test(error.code);
}

/** `map` with at most `limit` calls in flight, results in input order. */
async function mapConcurrently<T, R>(
  items: readonly T[],
  limit: number,
  map: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await map(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Lists instances and prints them. */
export async function instances(options: InstancesOptions, io: Io, deps: CommandDeps = {}): Promise<void> {
  const format = outputFormat(options.output, io.stdout, 'table', 'ndjson');
  const client = await clientFor(options, io, deps);
  let rows: InstanceWithLastRun[];
  try {
    rows = await findInstances(client, options, io);
  } catch (error) {
    throw toCliError(error, { options });
  }
  const { renderInstances } = await import('../format/instances.js');
  io.stdout.write(
    await renderInstances(format, rows, {
      ...displayFor(options, io, io.stdout),
      showFunction: options.functionName === undefined,
    }),
  );
}
