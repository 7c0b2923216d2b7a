/**
 * Instance discovery as a stream: for each app group and documented function, ListFunctionInstances (every page),
 * then the function's default instance; for each instance found, the newest page of its runs. Each fact is yielded
 * as soon as it is known, so a view can show the first instances before discovery ends.
 *
 * The calls go through a small priority pool (`concurrency` at a time): an instance's runs read goes before the
 * default reads, which go before the remaining listings. With a client-wide rate limit, at most `concurrency` calls
 * wait in its queue, so the first instances' runs are not queued behind all of discovery.
 */
import { FUNCTION_NAMES } from '@fntasks/protocol';
import type { FunctionTasksClient } from '../client.js';
import { RequestAbortedError } from '../errors.js';
import { HEALTH_PAGE_SIZE } from '../instance-health.js';
import type { ListFunctionInstancesParams } from '../operations/list-function-instances.js';
import type { FunctionInstance } from '../read/instance.js';
import type { FunctionTask } from '../types.js';
import { isFunctionMissing, isInstanceNotFound } from './error-predicates.js';

/** The names of one instance. */
export interface InstanceNames {
  readonly appGroupIdentity: string;
  readonly functionName: string;
  readonly instanceName: string;
}

/** Options of `discoverInstances`. */
export interface DiscoverInstancesOptions {
  /** The app groups to look in. */
  readonly appGroups: readonly string[];
  /**
   * The functions to list; default: every documented function, where one the app group does not use
   * (`isFunctionMissing`) is no problem. Named here, such an answer is a `problem` event.
   */
  readonly functionNames?: readonly string[];
  /** `user` (the service's default), `builtin` or `all`. */
  readonly source?: ListFunctionInstancesParams['source'];
  /** Runs read per instance (its newest page); default HEALTH_PAGE_SIZE; 0: none read, no `runs` events. */
  readonly runsPageSize?: number;
  /** Whether to read each function's default instance (`default` events); default true. */
  readonly readDefault?: boolean;
  /** Calls in flight at once; default 6. */
  readonly concurrency?: number;
  /** Ends discovery: the stream throws RequestAbortedError. */
  readonly signal?: AbortSignal;
}

/** What discovery learns, in the order it learns it. */
export type DiscoveryEvent =
  /** An instance was listed (its app group added). */
  | { readonly kind: 'instance'; readonly instance: FunctionInstance & { readonly appGroupIdentity: string } }
  /** A function's default instance; `null` when none is set or it could not be read. */
  | {
      readonly kind: 'default';
      readonly appGroupIdentity: string;
      readonly functionName: string;
      readonly instanceName: string | null;
    }
  /** An instance's newest runs (newest first; none when the instance went away meanwhile). */
  | {
      readonly kind: 'runs';
      readonly instance: InstanceNames;
      readonly tasks: readonly FunctionTask[];
      readonly totalCount: number;
    }
  /** A call that failed: a listing (no `instanceName`) or an instance's runs read. */
  | {
      readonly kind: 'problem';
      readonly appGroupIdentity: string;
      readonly functionName: string;
      readonly instanceName?: string;
      readonly error: unknown;
    };

/** Priorities of the pool: lower runs first. */
const RUNS = 0;
const DEFAULT = 1;
const LISTING = 2;

/** Discovers the instances of the app groups, yielding each instance, default and runs page as it arrives. */
export async function* discoverInstances(
  client: FunctionTasksClient,
  options: DiscoverInstancesOptions,
): AsyncGenerator<DiscoveryEvent, void, undefined> {
  const controller = new AbortController();
  const outer = options.signal;
  const onAbort = () => {
    controller.abort(outer?.reason);
    wake?.();
  };
  if (outer?.aborted) throw new RequestAbortedError(outer.reason);
  outer?.addEventListener('abort', onAbort, { once: true });
  const call = { signal: controller.signal };
  const runsPageSize = options.runsPageSize ?? HEALTH_PAGE_SIZE;
  const named = options.functionNames !== undefined;
  const functions = options.functionNames ?? FUNCTION_NAMES;

  const events: DiscoveryEvent[] = [];
  let wake: (() => void) | null = null;
  const emit = (event: DiscoveryEvent) => {
    // After an abort the calls' failures are the abort itself, not problems to show.
    if (controller.signal.aborted) return;
    events.push(event);
    wake?.();
  };
  const pool = createPool(options.concurrency ?? 6, () => wake?.());

  const readRuns = (names: InstanceNames) =>
    pool.add(RUNS, async () => {
      try {
        const page = await client.listFunctionTasks(
          { ...names, pageNumber: 1, pageSize: runsPageSize },
          call,
        );
        emit({ kind: 'runs', instance: names, tasks: page.tasks, totalCount: page.totalCount });
      } catch (error) {
        if (isInstanceNotFound(error)) emit({ kind: 'runs', instance: names, tasks: [], totalCount: 0 });
        else emit({ kind: 'problem', ...names, error });
      }
    });

  const readDefault = (appGroupIdentity: string, functionName: string) =>
    pool.add(DEFAULT, async () => {
      // No default set, or a failure to read it: the instances are shown without the marker.
      const instanceName = await client
        .getFunctionDefaultInstance({ appGroupIdentity, functionName }, call)
        .then((answer) => answer.instanceName)
        .catch(() => null);
      emit({ kind: 'default', appGroupIdentity, functionName, instanceName });
    });

  for (const appGroupIdentity of options.appGroups) {
    for (const functionName of functions) {
      pool.add(LISTING, async () => {
        let found = 0;
        try {
          for await (const instance of client.iterateFunctionInstances(
            {
              appGroupIdentity,
              functionName,
              pageSize: 100,
              ...(options.source ? { source: options.source } : {}),
            },
            call,
          )) {
            found++;
            emit({ kind: 'instance', instance: { ...instance, appGroupIdentity } });
            if (runsPageSize > 0)
              readRuns({ appGroupIdentity, functionName, instanceName: instance.instanceName });
          }
        } catch (error) {
          if (!(isFunctionMissing(error) && !named))
            emit({ kind: 'problem', appGroupIdentity, functionName, error });
        }
        if (found > 0 && options.readDefault !== false) readDefault(appGroupIdentity, functionName);
      });
    }
  }

  try {
    for (;;) {
      while (events.length > 0) yield events.shift() as DiscoveryEvent;
      if (controller.signal.aborted) throw new RequestAbortedError(controller.signal.reason);
      if (pool.idle()) return;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
      wake = null;
    }
  } finally {
    outer?.removeEventListener('abort', onAbort);
    // The consumer stopped early (or it ended): nothing more is sent.
    controller.abort();
  }
}

/** A pool running at most `limit` jobs at once, the lowest priority number first, FIFO within one. */
function createPool(limit: number, onSettled: () => void) {
  const queues: Array<Array<() => Promise<void>>> = [[], [], []];
  let active = 0;
  const pump = () => {
    while (active < limit) {
      const job = queues.find((queue) => queue.length > 0)?.shift();
      if (!job) break;
      active++;
      void job().finally(() => {
        active--;
        pump();
        onSettled();
      });
    }
  };
  return {
    add(priority: number, job: () => Promise<void>) {
      (queues[priority] as Array<() => Promise<void>>).push(job);
      pump();
    },
    idle: () => active === 0 && queues.every((queue) => queue.length === 0),
  };
}
