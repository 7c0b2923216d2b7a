/**
 * `fntasks instances APP [FN]`: a function's instances (or those of every documented function) with their last
 * run and headline metric. ListFunctionInstances carries no task, and GetFunctionInstance's `lastRunTime` is a
 * duration, so each instance costs one ListFunctionTasks of its newest runs (the overview's page,
 * `HEALTH_PAGE_SIZE`), judged by core's `instanceHealth`; those calls run concurrently (at most
 * `LAST_RUN_CONCURRENCY` at a time). `fntasks health` reads the same rows.
 */
import type {
  FunctionInstance,
  FunctionTask,
  FunctionTasksClient,
  HealthOptions,
  HealthVerdict,
  MetricTrend,
} from '@fntasks/core';
import { FunctionTasksApiError, HEALTH_PAGE_SIZE, instanceHealth } from '@fntasks/core';
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
  /** The headline metric; default: core's choice per instance. */
  readonly metric?: string;
  /** The regression threshold, a fraction of the recent mean; default: core's. */
  readonly threshold?: number;
}

/** An instance and its newest run (`null`: never ran, or the run could not be read). */
export interface InstanceWithLastRun extends FunctionInstance {
  readonly lastRun: FunctionTask | null;
}

/** The headline metric as the CLI prints and serialises it: core's trend without the sparkline's points. */
export type MetricSummary = Omit<MetricTrend, 'points'>;

/** An instance with its newest run, headline metric and the overview's verdict. */
export interface InstanceRow extends InstanceWithLastRun {
  readonly metric: MetricSummary | null;
  readonly verdict: HealthVerdict;
  /** The verdict's reason in a few words. */
  readonly reason: string;
}

/** How many last-run calls are in flight at once. */
export const LAST_RUN_CONCURRENCY = 8;

/** The instances, each with its newest run and verdict, in function order then as the service listed them. */
export async function findInstances(
  client: FunctionTasksClient,
  options: InstancesOptions,
  io: Io,
): Promise<InstanceRow[]> {
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
  const pages = await mapConcurrently(all, LAST_RUN_CONCURRENCY, (instance) =>
    newestRunsOf(client, options.appGroup, instance, call),
  );
  const rules: HealthOptions = {
    ...(options.metric !== undefined ? { metric: options.metric } : {}),
    ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
  };
  return all.map((instance, index) => {
    const { lastRun, metric, verdict, reason } = instanceHealth(pages[index] ?? [], rules);
    return { ...instance, lastRun, metric: metric && withoutPoints(metric), verdict, reason };
  });
}

function withoutPoints({ points: _, ...summary }: MetricTrend): MetricSummary {
  return summary;
}

/** The newest page of an instance's runs (what the overview reads); none when the instance has gone. */
async function newestRunsOf(
  client: FunctionTasksClient,
  appGroup: string,
  instance: Pick<FunctionInstance, 'functionName' | 'instanceName'>,
  call: { signal: AbortSignal } | undefined,
): Promise<FunctionTask[]> {
  try {
    const page = await client.listFunctionTasks(
      {
        appGroupIdentity: appGroup,
        functionName: instance.functionName,
        instanceName: instance.instanceName,
        pageNumber: 1,
        pageSize: HEALTH_PAGE_SIZE,
      },
      call,
    );
    return page.tasks;
  } catch (error) {
    if (isMissingInstance(error)) return [];
    throw error;
  }
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
    if (isMissingInstance(error)) return null;
    throw error;
  }
}

/** The instance (or its tasks) went away between the listing and the read: no runs, not an error. */
function isMissingInstance(error: unknown): boolean {
  return error instanceof FunctionTasksApiError && /NotExist|NotFound/.test(error.code);
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
  let rows: InstanceRow[];
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
