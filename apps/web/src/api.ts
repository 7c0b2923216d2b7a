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
  type ListFunctionTasksParams,
  MAX_PAGE_SIZE,
  MalformedResponseError,
  NetworkError,
  RequestTimeoutError,
} from '@fntasks/core';
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
  requestId: string;
}

/** Pages fetched at once after the first: browsers allow six connections per origin; leave room for the rest. */
const CONCURRENCY = 4;

/**
 * Loads every task of the view. Page 1 tells the total; the remaining pages (100 tasks each, the largest page
 * core allows) are fetched a few at a time rather than one after another as core's sequential iterator would,
 * which makes 10,000 tasks arrive in about the time of 25 round trips instead of 100. Pages shift when a task
 * starts between two requests: the result is de-duplicated by run id + generation, and when any page reports a
 * different total than page 1 the whole load runs once more.
 */
export async function loadAllTasks(
  client: FunctionTasksClient,
  query: TaskQuery,
  options: {
    signal?: AbortSignal;
    /** The tasks loaded so far, in order (the contiguous run of pages from page 1), and the total. */
    onProgress?: (loaded: FunctionTask[], totalCount: number) => void;
    /** Set on the one reload made when the total changed during the load. */
    isRetry?: boolean;
  } = {},
): Promise<LoadResult> {
  const call = options.signal ? { signal: options.signal } : {};
  const first = await client.listFunctionTasks({ ...query, pageNumber: 1, pageSize: MAX_PAGE_SIZE }, call);
  const pageCount = Math.max(1, Math.ceil(first.totalCount / MAX_PAGE_SIZE));
  const pages: FunctionTask[][] = new Array(pageCount);
  pages[0] = first.tasks;
  let next = 2;
  let prefix = 1;
  let lastRequestId = first.requestId;
  let changed = false;
  if (pageCount > 1) options.onProgress?.(first.tasks, first.totalCount);
  async function worker(): Promise<void> {
    while (next <= pageCount) {
      const pageNumber = next++;
      const page = await client.listFunctionTasks({ ...query, pageNumber, pageSize: MAX_PAGE_SIZE }, call);
      pages[pageNumber - 1] = page.tasks;
      lastRequestId = page.requestId;
      if (page.totalCount !== first.totalCount) changed = true;
      const before = prefix;
      while (prefix < pageCount && pages[prefix]) prefix++;
      if (prefix > before && prefix < pageCount)
        options.onProgress?.(pages.slice(0, prefix).flat(), first.totalCount);
    }
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, pageCount - 1) }, worker));
  // Tasks started (or vanished) while loading: pages fetched after that are shifted, so a task can be missing
  // where a shifted page meets one that is not. Load once more; after that, take what came.
  if (changed && !options.isRetry) return loadAllTasks(client, query, { ...options, isRetry: true });
  return { tasks: dedupe(pages.flat()), totalCount: first.totalCount, requestId: lastRequestId };
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
}

/** Turns core's typed errors into what the user reads. */
export function describeError(error: unknown): ErrorView {
  if (error instanceof FunctionTasksApiError) {
    return {
      title:
        error.code === 'App.NotFound'
          ? 'No such app group, function or instance'
          : `The API answered ${error.code}`,
      message: error.apiMessage || error.message,
      code: error.code,
      httpCode: error.httpCode,
      requestId: error.requestId,
      attempts: error.attempts,
    };
  }
  if (error instanceof MalformedResponseError) {
    return {
      title: 'The API sent a response that is not a task list',
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
