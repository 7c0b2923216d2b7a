/**
 * Watching one run until it leaves `running`. The API has no filter by run, so each poll scans pages
 * newest first and stops early: at the run, at the end of the list, after `maxScanPages`, or (with
 * `startedAfter`) at the edge of the time window the service filters by. Once the run was found, later
 * polls ask only for tasks that started at or after it, which keeps them to one small page. A run that is
 * not listed yet is waited for, up to the timeout. Polling backs off while nothing changes and after
 * throttling (the client's retries already wait out `x-acs-retry-after`).
 */

import { MAX_PAGE_SIZE } from '@fntasks/protocol';
import {
  FunctionTasksApiError,
  FunctionTasksError,
  InvalidArgumentError,
  RequestTimeoutError,
} from './errors.js';
import type { PageLister as AnyPageLister } from './paginate.js';
import { isRetryableError, isThrottlingCode } from './retry.js';
import { toEpochMillis } from './time.js';
import { CallScope, sleep } from './timeout.js';
import type { FunctionTask, FunctionTasksPage, ListFunctionTasksParams, TimeInput } from './types.js';

/** Fetches one page of runs: the client's `listFunctionTasks`. */
type PageLister = AnyPageLister<ListFunctionTasksParams, FunctionTasksPage>;

/** Which run to watch: the instance, and its `runId`, its `generation`, or both. */
export interface WatchTarget {
  appGroupIdentity: string;
  functionName: string;
  instanceName: string;
  /** The run id, e.g. `trigger__2021-03-05T12:18:41`. */
  runId?: string;
  /** The generation (iteration number), as the wire's string or a number. */
  generation?: string | number;
  /** Only look at tasks that started after this time: bounds the scan for an old run. */
  startedAfter?: TimeInput;
}

/** Options of `watchFunctionTask`. */
export interface WatchOptions {
  /** The first wait between polls in ms (default 2 000); it grows ×1.5 while nothing changes. */
  intervalMs?: number;
  /** The longest wait between polls in ms (default 30 000). */
  maxIntervalMs?: number;
  /** Stops watching; the watch then rejects with RequestAbortedError. */
  signal?: AbortSignal;
  /** Gives up after this many ms with WaitTimeoutError (default: no timeout). */
  timeoutMs?: number;
  /** Pages of 100 scanned per poll while the run has not been found (default 10). */
  maxScanPages?: number;
  /**
   * Called after each poll: with `undefined` when it read the list, with the error when it failed with one the
   * watch rides out (throttling, a 5xx, a dropped connection) and keeps polling.
   */
  onPoll?: (error: unknown) => void;
}

/** Options of `waitForFunctionTask`. */
export interface WaitOptions extends WatchOptions {
  /** Called with every change seen (progress, status), the final state included. */
  onUpdate?: (task: FunctionTask) => void;
}

/** The watched run ended in `failed` (or an undocumented status other than `success`). */
export class TaskFailedError extends FunctionTasksError {
  override name = 'TaskFailedError';
  /** The task as last seen, in its final state. */
  readonly task: FunctionTask;
  constructor(task: FunctionTask) {
    super(
      `Task ${task.runId} (generation ${task.generation ?? 'none'}) of ${task.functionName} ended with status ${JSON.stringify(task.status)} at ${task.progress}%.`,
    );
    this.task = task;
  }
}

/** The run did not finish (or was not even listed) within the timeout. */
export class WaitTimeoutError extends FunctionTasksError {
  override name = 'WaitTimeoutError';
  /** The task as last seen; `null` when the run was never found. */
  readonly lastTask: FunctionTask | null;
  /** The timeout that ran out, in ms. */
  readonly timeoutMs: number;
  constructor(timeoutMs: number, lastTask: FunctionTask | null) {
    super(
      lastTask
        ? `Task ${lastTask.runId} was still ${lastTask.status} at ${lastTask.progress}% after ${timeoutMs} ms.`
        : `The task was not listed within ${timeoutMs} ms; check runId/generation and the instance name.`,
    );
    this.lastTask = lastTask;
    this.timeoutMs = timeoutMs;
  }
}

const DEFAULT_INTERVAL_MS = 2_000;
const DEFAULT_MAX_INTERVAL_MS = 30_000;
const DEFAULT_MAX_SCAN_PAGES = 10;

function checkMillis(name: string, value: unknown, min: number): void {
  if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value) || value < min)) {
    throw new InvalidArgumentError(name, value, `Expected a number of milliseconds of at least ${min}.`);
  }
}

function sameState(a: FunctionTask, b: FunctionTask): boolean {
  return (
    a.status === b.status &&
    a.progress === b.progress &&
    a.endTime === b.endTime &&
    a.extendInfoRaw === b.extendInfoRaw
  );
}

/** Yields the run each time it changes (the final state included) and returns it once it left `running`. */
export async function* watchFunctionTask(
  listPage: PageLister,
  target: WatchTarget,
  options: WatchOptions = {},
): AsyncGenerator<FunctionTask, FunctionTask, undefined> {
  if (target === null || typeof target !== 'object') {
    throw new InvalidArgumentError(
      'target',
      target,
      'Expected { appGroupIdentity, functionName, instanceName, runId | generation }.',
    );
  }
  if (target.runId === undefined && target.generation === undefined) {
    throw new InvalidArgumentError(
      'runId',
      undefined,
      'Give runId, generation or both to say which run to watch.',
    );
  }
  if (target.runId !== undefined && (typeof target.runId !== 'string' || target.runId === '')) {
    throw new InvalidArgumentError('runId', target.runId, 'Expected a non-empty string.');
  }
  const generation = target.generation === undefined ? undefined : String(target.generation);
  checkMillis('intervalMs', options.intervalMs, 1);
  checkMillis('maxIntervalMs', options.maxIntervalMs, 1);
  checkMillis('timeoutMs', options.timeoutMs, 0);
  const maxScanPages = options.maxScanPages ?? DEFAULT_MAX_SCAN_PAGES;
  if (!Number.isSafeInteger(maxScanPages) || maxScanPages < 1) {
    throw new InvalidArgumentError('maxScanPages', maxScanPages, 'Expected a positive integer.');
  }
  const firstInterval = options.intervalMs ?? DEFAULT_INTERVAL_MS;
  const maxInterval = Math.max(firstInterval, options.maxIntervalMs ?? DEFAULT_MAX_INTERVAL_MS);
  const windowStart =
    target.startedAfter === undefined ? undefined : toEpochMillis('startedAfter', target.startedAfter);
  const base: ListFunctionTasksParams = {
    appGroupIdentity: target.appGroupIdentity,
    functionName: target.functionName,
    instanceName: target.instanceName,
  };
  const matches = (task: FunctionTask) =>
    (target.runId === undefined || task.runId === target.runId) &&
    (generation === undefined || task.generation === generation);

  const timeoutMs = options.timeoutMs && options.timeoutMs > 0 ? options.timeoutMs : undefined;
  const scope = new CallScope(options.signal, timeoutMs);
  let last: FunctionTask | null = null;
  let knownStart: number | undefined;

  const find = async (): Promise<FunctionTask | null> => {
    const startTime = knownStart !== undefined ? Math.max(0, knownStart - 1) : windowStart;
    for (let pageNumber = 1; pageNumber <= maxScanPages; pageNumber++) {
      const page = await listPage(
        { ...base, pageNumber, pageSize: MAX_PAGE_SIZE, ...(startTime !== undefined ? { startTime } : {}) },
        { signal: scope.signal },
      );
      const found = page.tasks.find(matches);
      if (found) return found;
      if (page.tasks.length < MAX_PAGE_SIZE || pageNumber * MAX_PAGE_SIZE >= page.totalCount) return null;
    }
    return null;
  };
  /** Turns the end of the scope into the watch's own errors. */
  const ended = (): Error | null => {
    const why = scope.ended;
    if (why instanceof RequestTimeoutError) return new WaitTimeoutError(why.timeoutMs, last);
    return why;
  };

  try {
    let interval = firstInterval;
    for (;;) {
      let found: FunctionTask | null = null;
      try {
        found = await Promise.race([find(), scope.aborted]);
        options.onPoll?.(undefined);
      } catch (error) {
        const why = ended();
        if (why) throw why;
        const throttled =
          error instanceof FunctionTasksApiError && (isThrottlingCode(error.code) || error.httpCode === 429);
        if (!throttled && !isRetryableError(error)) throw error;
        options.onPoll?.(error);
        // The client already retried; be politer than its backoff before the next poll.
        interval = Math.min(maxInterval, interval * 2);
      }
      if (found) {
        knownStart = found.startTime;
        const changed = last === null || !sameState(last, found);
        last = found;
        if (found.status !== 'running') {
          if (changed) yield found;
          return found;
        }
        if (changed) {
          yield found;
          interval = firstInterval;
        } else {
          interval = Math.min(maxInterval, Math.ceil(interval * 1.5));
        }
      } else if (last === null) {
        interval = Math.min(maxInterval, Math.ceil(interval * 1.5));
      }
      try {
        await sleep(interval, scope.signal);
      } catch {
        throw ended() ?? new FunctionTasksError('watch stopped');
      }
    }
  } finally {
    scope.dispose();
  }
}

/** Resolves with the run once it succeeded; rejects with TaskFailedError or WaitTimeoutError (each carrying the task). */
export async function waitForFunctionTask(
  listPage: PageLister,
  target: WatchTarget,
  options: WaitOptions = {},
): Promise<FunctionTask> {
  const { onUpdate, ...watchOptions } = options;
  const watch = watchFunctionTask(listPage, target, watchOptions);
  let step = await watch.next();
  while (!step.done) {
    onUpdate?.(step.value);
    step = await watch.next();
  }
  if (step.value.status === 'success') return step.value;
  throw new TaskFailedError(step.value);
}
