/**
 * `fntasks instances APP [FN]`: a function's instances (or those of every documented function) with their last
 * run and headline metric. ListFunctionInstances carries no task, and GetFunctionInstance's `lastRunTime` is a
 * duration, so each instance costs one ListFunctionTasks of its newest runs (the overview's page,
 * `HEALTH_PAGE_SIZE`), judged by core's `instanceHealth`. Core's `discoverInstances` makes the calls (at most
 * `DISCOVERY_CONCURRENCY` at a time, an instance's runs before the next listing); `fntasks health` reads the
 * same rows.
 */
import type {
  FunctionInstance,
  FunctionTask,
  FunctionTasksClient,
  HealthOptions,
  MetricTrend,
} from '@fntasks/core';
import { discoverInstances, instanceHealth } from '@fntasks/core';
import { FUNCTION_NAMES } from '@fntasks/protocol';
import type { InstanceSource, OutputFormat } from '../args.js';
import { toCliError } from '../core-errors.js';
import type { InstanceRow, MetricSummary } from '../instance-rows.js';
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

/** How many discovery calls are in flight at once. */
export const DISCOVERY_CONCURRENCY = 8;

/** The instances, each with its newest run and verdict, in function order then as the service listed them. */
export async function findInstances(
  client: FunctionTasksClient,
  options: InstancesOptions,
  io: Io,
): Promise<InstanceRow[]> {
  const functions: readonly string[] = options.functionName ? [options.functionName] : FUNCTION_NAMES;
  const found: Array<FunctionInstance & { appGroupIdentity: string }> = [];
  const runs = new Map<string, readonly FunctionTask[]>();
  for await (const event of discoverInstances(client, {
    appGroups: [options.appGroup],
    // Named, a function the app group does not use is an error; asking every documented function, it is none.
    ...(options.functionName ? { functionNames: functions } : {}),
    ...(options.source ? { source: options.source } : {}),
    readDefault: false,
    concurrency: DISCOVERY_CONCURRENCY,
    ...(io.signal ? { signal: io.signal } : {}),
  })) {
    if (event.kind === 'instance') found.push(event.instance);
    else if (event.kind === 'runs')
      runs.set(`${event.instance.functionName}\n${event.instance.instanceName}`, event.tasks);
    else if (event.kind === 'problem') throw event.error;
  }
  // Discovery yields as calls end; the table lists functions in their documented order (stable within one).
  const order = (name: string) => functions.indexOf(name);
  found.sort((a, b) => order(a.functionName) - order(b.functionName));
  const rules: HealthOptions = {
    ...(options.metric !== undefined ? { metric: options.metric } : {}),
    ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
  };
  return found.map(({ appGroupIdentity: _, ...instance }) => {
    const tasks = runs.get(`${instance.functionName}\n${instance.instanceName}`) ?? [];
    const { lastRun, metric, verdict, reason } = instanceHealth(tasks, rules);
    return { ...instance, lastRun, metric: metric && withoutPoints(metric), verdict, reason };
  });
}

function withoutPoints({ points: _, ...summary }: MetricTrend): MetricSummary {
  return summary;
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
