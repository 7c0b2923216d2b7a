/**
 * Starting a run and finding it. CreateFunctionTask answers with the envelope only, no generation, so:
 * note the newest generation listed before the create, create, then poll the list for the first run with a
 * greater generation. By generation, not by time: the client's and the service's clocks differ (and the
 * emulator's can be frozen), while generations only grow.
 *
 * The race: another client may start a run between the snapshot and our create. The window is narrowed by taking
 * the snapshot immediately before the create and by returning the *lowest* generation above it; and the service
 * runs one task of an instance at a time (a create while one runs is `Task.IsRunning`), so a foreign run in the
 * window makes our create fail rather than return their run, unless theirs already ended within the window.
 */
import { FunctionTasksError, InvalidArgumentError, RequestAbortedError } from './errors.js';
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
  /** Cancels the wait (and the calls in flight). */
  signal?: AbortSignal;
}

/** What `startFunctionTask` needs of a client. */
export interface StartDependencies {
  listFunctionTasks(params: ListFunctionTasksParams, call?: CallOptions): Promise<FunctionTasksPage>;
  createFunctionTask(params: CreateFunctionTaskParams, call?: CallOptions): Promise<ResponseMeta>;
}

const NEVER = new AbortController().signal;

/** How many of the newest runs each poll reads (the new run is near the top; a few others may have followed). */
const POLL_PAGE_SIZE = 10;

/** A generation as a number for comparing (`-1` for none or an unreadable one). */
function generationNumber(task: FunctionTask | undefined): number {
  const value = Number(task?.generation ?? Number.NaN);
  return Number.isSafeInteger(value) ? value : -1;
}

/** Starts a run of the instance and resolves with it once it is listed (see the race note above). */
export async function startFunctionTask(
  client: StartDependencies,
  params: CreateFunctionTaskParams,
  options: StartOptions = {},
): Promise<FunctionTask> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const pollIntervalMs = options.pollIntervalMs ?? 1_000;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new InvalidArgumentError('timeoutMs', timeoutMs, 'Expected a positive number of milliseconds.');
  }
  if (!Number.isFinite(pollIntervalMs) || pollIntervalMs < 10) {
    throw new InvalidArgumentError('pollIntervalMs', pollIntervalMs, 'Expected at least 10 milliseconds.');
  }
  const names = {
    appGroupIdentity: params?.appGroupIdentity,
    functionName: params?.functionName,
    instanceName: params?.instanceName,
  };
  const call: CallOptions = options.signal ? { signal: options.signal } : {};
  const list = (pageSize: number) => client.listFunctionTasks({ ...names, pageSize }, call);

  const before = (await list(1)).tasks.reduce((newest, task) => Math.max(newest, generationNumber(task)), -1);
  await client.createFunctionTask(names, call);

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { tasks } = await list(POLL_PAGE_SIZE);
    const newer = tasks.filter((task) => generationNumber(task) > before);
    if (newer.length > 0) {
      return newer.reduce((first, task) => (generationNumber(task) < generationNumber(first) ? task : first));
    }
    if (Date.now() + pollIntervalMs > deadline) throw new WaitTimeoutError(timeoutMs, null);
    try {
      await sleep(pollIntervalMs, options.signal ?? NEVER);
    } catch (error) {
      throw error instanceof FunctionTasksError ? error : new RequestAbortedError(error);
    }
  }
}
