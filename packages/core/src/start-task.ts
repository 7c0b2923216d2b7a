/**
 * Starting a run and finding it. CreateFunctionTask answers with the envelope only, no generation, so:
 * note the highest generation listed before the create, create, then poll the list for the first run with a
 * greater generation. By generation, not by time: the client's and the service's clocks differ (and the
 * emulator's can be frozen), while generations only grow (the newest by start time need not be the highest).
 *
 * The race: another client may start a run between the snapshot and our create. The window is narrowed by taking
 * the snapshot immediately before the create and by returning the *lowest* generation above it; and the service
 * runs one task of an instance at a time (a create while one runs is `Task.IsRunning`), so a foreign run in the
 * window makes our create fail rather than return their run, unless theirs already ended within the window.
 *
 * An unknown outcome (the create was sent, no clear answer came back; it is never sent twice) is resolved the
 * same way, for a shorter time: a new generation means the create arrived, and that run is returned. None is no
 * proof that it did not (it may not be listed yet), so the POST is not sent again: the error says what was seen.
 */
import {
  FunctionTasksError,
  InvalidArgumentError,
  RequestAbortedError,
  WriteOutcomeUnknownError,
} from './errors.js';
import type { CallOptions } from './http/types.js';
import type { CreateFunctionTaskParams } from './operations/create-function-task.js';
import { sleep } from './timeout.js';
import type { FunctionTask, FunctionTasksPage, ListFunctionTasksParams, ResponseMeta } from './types.js';
import { WaitTimeoutError } from './watch.js';

/** Options of `startFunctionTask`. */
export interface StartOptions {
  /** How long to wait for the new run to be listed, in ms (default 60 000). */
  timeoutMs?: number;
  /** The wait between list polls in ms (default 1 000). */
  pollIntervalMs?: number;
  /** After an unknown outcome of the create: how long to look for the run it may have started, in ms (default 10 000). */
  unknownOutcomeTimeoutMs?: number;
  /** After an unknown outcome of the create: the wait between list polls in ms (default 1 000). */
  unknownOutcomePollIntervalMs?: number;
  /** Cancels the wait (and the calls in flight). */
  signal?: AbortSignal;
}

/** What `startFunctionTask` needs of a client. */
export interface StartDependencies {
  listFunctionTasks(params: ListFunctionTasksParams, call?: CallOptions): Promise<FunctionTasksPage>;
  createFunctionTask(params: CreateFunctionTaskParams, call?: CallOptions): Promise<ResponseMeta>;
}

/** The defaults of `startFunctionTask`'s waits: 60 s for the run to be listed, 10 s after an unknown outcome, 1 s polls. */
export const DEFAULT_START_OPTIONS = Object.freeze({
  timeoutMs: 60_000,
  pollIntervalMs: 1_000,
  unknownOutcomeTimeoutMs: 10_000,
  unknownOutcomePollIntervalMs: 1_000,
});

const NEVER = new AbortController().signal;

/**
 * How many of the newest runs the snapshot and each poll read: the highest generation is among the newest by
 * start time, and a new run is near the top (a few others may have followed).
 */
const PAGE_SIZE = 10;

/** A generation as a number for comparing (`-1` for none or an unreadable one). */
function generationNumber(task: FunctionTask | undefined): number {
  const value = Number(task?.generation ?? Number.NaN);
  return Number.isSafeInteger(value) ? value : -1;
}

/** The highest generation among `tasks`, as a number (`-1` for none). */
function highestGeneration(tasks: readonly FunctionTask[]): number {
  return tasks.reduce((highest, task) => Math.max(highest, generationNumber(task)), -1);
}

/** A wait option: a finite number of milliseconds of at least `min`. */
function checkMs(name: string, value: number, min: number): number {
  if (!Number.isFinite(value) || value < min) {
    throw new InvalidArgumentError(name, value, `Expected a number of milliseconds of at least ${min}.`);
  }
  return value;
}

/** Starts a run of the instance and resolves with it once it is listed (see the notes above). */
export async function startFunctionTask(
  client: StartDependencies,
  params: CreateFunctionTaskParams,
  options: StartOptions = {},
): Promise<FunctionTask> {
  const defaults = DEFAULT_START_OPTIONS;
  const timeoutMs = checkMs('timeoutMs', options.timeoutMs ?? defaults.timeoutMs, 1);
  const pollIntervalMs = checkMs('pollIntervalMs', options.pollIntervalMs ?? defaults.pollIntervalMs, 10);
  const unknownTimeoutMs = checkMs(
    'unknownOutcomeTimeoutMs',
    options.unknownOutcomeTimeoutMs ?? defaults.unknownOutcomeTimeoutMs,
    0,
  );
  const unknownIntervalMs = checkMs(
    'unknownOutcomePollIntervalMs',
    options.unknownOutcomePollIntervalMs ?? defaults.unknownOutcomePollIntervalMs,
    10,
  );
  const names = {
    appGroupIdentity: params?.appGroupIdentity,
    functionName: params?.functionName,
    instanceName: params?.instanceName,
  };
  const call: CallOptions = options.signal ? { signal: options.signal } : {};
  const signal = options.signal ?? NEVER;
  const list = () => client.listFunctionTasks({ ...names, pageSize: PAGE_SIZE }, call);

  const before = highestGeneration((await list()).tasks);
  /** Polls for the lowest generation above `before` for `forMs`; `null` (and the highest seen) when none came. */
  const findNewRun = async (forMs: number, everyMs: number) => {
    const started = Date.now();
    let seen = -1;
    for (;;) {
      const { tasks } = await list();
      seen = Math.max(seen, highestGeneration(tasks));
      const newer = tasks.filter((task) => generationNumber(task) > before);
      if (newer.length > 0) {
        const run = newer.reduce((first, task) =>
          generationNumber(task) < generationNumber(first) ? task : first,
        );
        return { run, seen, waitedMs: Date.now() - started };
      }
      // The last poll falls on the deadline, not one interval before it.
      const left = started + forMs - Date.now();
      if (left <= 0) return { run: null, seen, waitedMs: Date.now() - started };
      try {
        await sleep(Math.min(everyMs, left), signal);
      } catch (error) {
        throw error instanceof FunctionTasksError ? error : new RequestAbortedError(error);
      }
    }
  };

  try {
    await client.createFunctionTask(names, call);
  } catch (error) {
    if (!(error instanceof WriteOutcomeUnknownError)) throw error;
    const found = await findNewRun(unknownTimeoutMs, unknownIntervalMs);
    if (found.run) return found.run;
    const unresolved = new WriteOutcomeUnknownError({
      operation: error.operation,
      requestId: error.requestId,
      cause: error.cause,
      check: {
        generationBefore: before < 0 ? null : String(before),
        newestGenerationSeen: found.seen < 0 ? null : String(found.seen),
        checkedForMs: found.waitedMs,
      },
    });
    unresolved.attempts = error.attempts;
    throw unresolved;
  }
  const found = await findNewRun(timeoutMs, pollIntervalMs);
  if (found.run) return found.run;
  throw new WaitTimeoutError(timeoutMs, null);
}
