/**
 * Every API call of the dashboard goes through @fntasks/core (its browser-safe entry), pointed at the
 * dashboard server's own origin, which signs and forwards. No credentials ever exist in the browser.
 */
import {
  createFunctionTasksClient,
  type FunctionTask,
  FunctionTasksApiError,
  type FunctionTasksClient,
  InvalidArgumentError,
  isNotFound,
  type ListFunctionTasksParams,
  MalformedResponseError,
  NetworkError,
  RequestTimeoutError,
  WriteOutcomeUnknownError,
} from '@fntasks/core';
import { MAX_PAGE_SIZE } from '@fntasks/protocol';
import { dedupe, mergeRefreshed } from './tasks.js';

/** The client the whole app shares: core, talking to the dashboard server that served this page. */
export function createDashboardClient(origin: string = location.origin): FunctionTasksClient {
  return createFunctionTasksClient({ endpoint: origin });
}

/** The instance and filters of one view, as core's parameters (paging is added here). */
export type TaskQuery = Omit<ListFunctionTasksParams, 'pageNumber' | 'pageSize'>;

/** Result of a full load. */
export interface LoadResult {
  tasks: FunctionTask[];
  totalCount: number;
  /** The request id of the last page read, where known. */
  requestId: string | null;
}

/** Pages fetched at once after the first: browsers allow six connections per origin; leave room for the rest. */
const CONCURRENCY = 4;

/** Progress of a full load: the tasks so far (in list order), the latest total, and how it moved. */
export interface LoadProgress {
  loaded: FunctionTask[];
  totalCount: number;
  /** Tasks added (positive) or removed (negative) since page 1, as the pages' totals report it. */
  totalDrift: number;
}

/**
 * Loads every task of the view through core's `iterateFunctionTasks` (pages of 100, four fetched ahead,
 * repeats from shifted pages skipped by core). Core reports every change of `totalCount` while it pages:
 * that drives the "N added while loading" note and the progress bar's end.
 */
export async function loadAllTasks(
  client: FunctionTasksClient,
  query: TaskQuery,
  options: { signal?: AbortSignal; onProgress?: (progress: LoadProgress) => void } = {},
): Promise<LoadResult & { totalDrift: number }> {
  let initial: number | null = null;
  let latest = 0;
  const iterator = client.iterateFunctionTasks(
    { ...query, pageSize: MAX_PAGE_SIZE },
    {
      ...(options.signal ? { signal: options.signal } : {}),
      concurrency: CONCURRENCY,
      onTotalChange: (change) => {
        initial = change.initialTotalCount;
        latest = change.totalCount;
      },
    },
  );
  const tasks: FunctionTask[] = [];
  for await (const task of iterator) {
    tasks.push(task);
    // Report once per page (every 100th task), not per task.
    if (tasks.length % MAX_PAGE_SIZE === 0 && options.onProgress) {
      const total = iterator.totalCount ?? tasks.length;
      options.onProgress({
        loaded: tasks.slice(),
        totalCount: total,
        totalDrift: total - (iterator.initialTotalCount ?? total),
      });
    }
  }
  const totalCount = iterator.totalCount ?? tasks.length;
  return {
    tasks,
    totalCount,
    // Core's iterator does not surface page request ids; the status line shows the load's time instead.
    requestId: null,
    totalDrift: initial === null ? 0 : latest - initial,
  };
}

/**
 * Refreshes only what can have changed: pages from the newest down to the oldest task that was running
 * (finished tasks never change), then merges. With one running task among 10,000 this is one request.
 */
export async function refreshTasks(
  client: FunctionTasksClient,
  query: TaskQuery,
  current: readonly FunctionTask[],
  signal?: AbortSignal,
): Promise<LoadResult> {
  const call = signal ? { signal } : {};
  let oldestRunning = Number.POSITIVE_INFINITY;
  for (const t of current)
    if (t.status === 'running' && t.startTime < oldestRunning) oldestRunning = t.startTime;
  const fresh: FunctionTask[] = [];
  let pageNumber = 1;
  for (;;) {
    const page = await client.listFunctionTasks({ ...query, pageNumber, pageSize: MAX_PAGE_SIZE }, call);
    fresh.push(...page.tasks);
    const coversAll = pageNumber * MAX_PAGE_SIZE >= page.totalCount;
    const last = page.tasks[page.tasks.length - 1];
    if (coversAll || !last || last.startTime < oldestRunning) {
      return {
        tasks: mergeRefreshed(current, dedupe(fresh), coversAll),
        totalCount: page.totalCount,
        requestId: page.requestId,
      };
    }
    pageNumber++;
  }
}

/** What the error state shows: a title, the API code and requestId when there are any. */
export interface ErrorView {
  title: string;
  message: string;
  code?: string;
  httpCode?: number;
  requestId?: string;
  attempts?: number;
  /** A write went out and no clear answer came back: it may have been carried out (never "not started"). */
  outcomeUnknown?: boolean;
}

/** Turns core's typed errors into what the user reads. */
export function describeError(error: unknown): ErrorView {
  if (error instanceof WriteOutcomeUnknownError) {
    // The dashboard server's 502 says what happened upstream; core's own message says the same without it.
    const cause = error.cause instanceof FunctionTasksApiError ? error.cause : null;
    return {
      title: 'The run may have started',
      message: cause?.apiMessage || error.message,
      ...(cause ? { code: cause.code, httpCode: cause.httpCode } : {}),
      ...(error.requestId ? { requestId: error.requestId } : {}),
      outcomeUnknown: true,
    };
  }
  if (error instanceof FunctionTasksApiError) {
    return {
      title: isNotFound(error) ? 'No such app group, function or instance' : `The API answered ${error.code}`,
      message: error.apiMessage || error.message,
      code: error.code,
      httpCode: error.httpCode,
      requestId: error.requestId,
      attempts: error.attempts,
    };
  }
  if (error instanceof MalformedResponseError) {
    return {
      title: 'The API sent a response the dashboard cannot read',
      message: error.message,
      httpCode: error.httpStatus,
    };
  }
  if (error instanceof NetworkError) {
    return { title: 'Cannot reach the dashboard server', message: `${error.message}. Is it still running?` };
  }
  if (error instanceof RequestTimeoutError) return { title: 'The request timed out', message: error.message };
  if (error instanceof InvalidArgumentError)
    return { title: 'Check the instance and filters', message: error.message };
  return { title: 'Something went wrong', message: error instanceof Error ? error.message : String(error) };
}
