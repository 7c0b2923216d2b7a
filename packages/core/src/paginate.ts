/**
 * Auto-pagination over the newest-first list. Page 1 comes first; once its `totalCount` is known, up to
 * `concurrency` later pages are fetched ahead while the caller consumes, so memory stays at a few pages.
 *
 * Consistency while tasks are added: new runs appear at the top and push every task down, so a later page
 * can repeat tasks already yielded. The list is sorted by start time, newest first, so a cursor (the start
 * time last yielded, plus the keys yielded at exactly that time) skips every repeat in constant memory;
 * tasks that started after the iteration began are outside the snapshot and are skipped the same way.
 * A page fetched ahead can also have been fetched *before* a shift its predecessor saw (a gap): a page whose
 * `totalCount` is lower than its predecessor's is fetched again. And because the end moves down, pages are
 * fetched until one is short or the latest `totalCount` is covered. Removals (a task leaving a `status`
 * filter) move tasks up instead and can make one be missed: every change of `totalCount` is reported.
 *
 * Progress guard: a server that ignores `pageNumber` (or claims a huge `totalCount`) would keep this loop busy
 * forever. Two pages in a row without a new task, or more requests than the largest `totalCount` seen can
 * justify (twice its page count, for refetches), end the iteration with a PaginationStalledError.
 */

import { MAX_PAGE_SIZE } from '@fntasks/protocol';
import { FunctionTasksError, InvalidArgumentError, PaginationStalledError } from './errors.js';
import type { CallOptions } from './http/types.js';
import type { FunctionTask, FunctionTasksPage, ListFunctionTasksParams } from './types.js';

/** Parameters of `iterateFunctionTasks`: the list filters, an optional page size and a `limit`. */
export interface IterateFunctionTasksParams extends Omit<ListFunctionTasksParams, 'pageNumber'> {
  /** Tasks per request (default `MAX_PAGE_SIZE`, 100: the largest the service is known to allow). */
  pageSize?: number;
  /** Stop after this many tasks (default: all). */
  limit?: number;
}

/** A change of `totalCount` seen while iterating. */
export interface TotalCountChange {
  /** The total of page 1. */
  readonly initialTotalCount: number;
  /** The total reported before this page. */
  readonly previousTotalCount: number;
  /** The total this page reported. */
  readonly totalCount: number;
  /** The page that reported it. */
  readonly pageNumber: number;
}

/** Options of `iterateFunctionTasks` / `listAllFunctionTasks`: the per-call options plus paging controls. */
export interface IterateOptions extends CallOptions {
  /** Pages fetched at once after page 1 (default 6, at most 16). `timeoutMs` applies to each page. */
  concurrency?: number;
  /** Called whenever a page reports a `totalCount` different from the one before (tasks added or removed). */
  onTotalChange?: (change: TotalCountChange) => void;
}

/** The iterator `iterateFunctionTasks` returns: async-iterable, with what it learned so far. */
export interface FunctionTasksIterator extends AsyncIterable<FunctionTask> {
  /** The `totalCount` of page 1; `null` before it arrived. */
  readonly initialTotalCount: number | null;
  /** The latest `totalCount` any page reported; `null` before page 1 arrived. */
  readonly totalCount: number | null;
  /** True when some page reported a `totalCount` different from page 1 (see `onTotalChange`). */
  readonly totalChanged: boolean;
  /** Tasks seen again on a later page (pushed down by new runs) and not yielded twice. */
  readonly duplicatesSkipped: number;
  /** Requests made, refetches included. */
  readonly pagesFetched: number;
}

/** Fetches one page; the client's `listFunctionTasks`. */
export type PageLister = (params: ListFunctionTasksParams, call?: CallOptions) => Promise<FunctionTasksPage>;

/** The default number of pages fetched ahead. */
export const DEFAULT_PAGE_CONCURRENCY = 6;
const MAX_PAGE_CONCURRENCY = 16;

/** Identity of a task within one instance's list: stable while the task runs. */
function taskKey(task: FunctionTask): string {
  return `${task.runId}\u0000${task.generation ?? ''}\u0000${task.startTime}`;
}

/** Creates the iterator; nothing is fetched until iteration starts. Each iteration starts afresh. */
export function iterateFunctionTasks(
  listPage: PageLister,
  params: IterateFunctionTasksParams,
  options: IterateOptions = {},
): FunctionTasksIterator {
  if (params === null || typeof params !== 'object') {
    throw new InvalidArgumentError(
      'params',
      params,
      'Expected an object with appGroupIdentity, functionName and instanceName.',
    );
  }
  if ((params as ListFunctionTasksParams).pageNumber !== undefined) {
    throw new InvalidArgumentError(
      'pageNumber',
      (params as ListFunctionTasksParams).pageNumber,
      'iterateFunctionTasks walks every page itself; use limit to stop early, or listFunctionTasks for one page.',
    );
  }
  const { limit, pageSize: givenPageSize, ...filters } = params;
  if (limit !== undefined && (typeof limit !== 'number' || !Number.isSafeInteger(limit) || limit < 1)) {
    throw new InvalidArgumentError('limit', limit, 'Expected a positive integer.');
  }
  const concurrency = options.concurrency ?? DEFAULT_PAGE_CONCURRENCY;
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > MAX_PAGE_CONCURRENCY) {
    throw new InvalidArgumentError(
      'concurrency',
      concurrency,
      `Expected an integer from 1 to ${MAX_PAGE_CONCURRENCY}.`,
    );
  }
  const pageSize = givenPageSize ?? (limit !== undefined ? Math.min(MAX_PAGE_SIZE, limit) : MAX_PAGE_SIZE);
  if (!Number.isSafeInteger(pageSize) || pageSize < 1) {
    throw new InvalidArgumentError('pageSize', pageSize, 'Expected a positive integer.');
  }

  const state = {
    initialTotalCount: null as number | null,
    totalCount: null as number | null,
    duplicatesSkipped: 0,
    pagesFetched: 0,
  };

  async function* run(): AsyncGenerator<FunctionTask, void, undefined> {
    // One controller for every page of this iteration: stopping early cancels the pages fetched ahead.
    const controller = new AbortController();
    const callerSignal = options.signal;
    const onCallerAbort = () => controller.abort(callerSignal?.reason);
    if (callerSignal?.aborted) controller.abort(callerSignal.reason);
    else callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
    const pageCall: CallOptions = { signal: callerSignal?.aborted ? callerSignal : controller.signal };
    if (options.timeoutMs !== undefined) pageCall.timeoutMs = options.timeoutMs;

    let largestTotal = 0;
    const fetchPage = (pageNumber: number): Promise<FunctionTasksPage> => {
      const justified = 2 * Math.ceil(largestTotal / pageSize) + 2;
      if (state.pagesFetched >= justified) {
        return Promise.reject(
          new PaginationStalledError(
            state.pagesFetched,
            state.totalCount ?? 0,
            `more requests than a totalCount of ${largestTotal} at ${pageSize} per page can need`,
          ),
        );
      }
      state.pagesFetched++;
      return listPage({ ...filters, pageNumber, pageSize }, pageCall);
    };
    const ahead = new Map<number, Promise<FunctionTasksPage>>();

    let yielded = 0;
    let cursorStart = Number.POSITIVE_INFINITY;
    let cursorKeys = new Set<string>();
    let reportedTotal = 0;

    const noteTotal = (total: number, pageNumber: number) => {
      state.totalCount = total;
      largestTotal = Math.max(largestTotal, total);
      if (total !== reportedTotal) {
        const change: TotalCountChange = {
          initialTotalCount: state.initialTotalCount ?? total,
          previousTotalCount: reportedTotal,
          totalCount: total,
          pageNumber,
        };
        reportedTotal = total;
        options.onTotalChange?.(change);
      }
    };
    /** Yields in order what is new on a page; false once the limit is reached. */
    const accept = (task: FunctionTask): boolean => {
      if (task.startTime > cursorStart) {
        state.duplicatesSkipped++;
        return false;
      }
      const key = taskKey(task);
      if (task.startTime === cursorStart) {
        if (cursorKeys.has(key)) {
          state.duplicatesSkipped++;
          return false;
        }
      } else {
        cursorStart = task.startTime;
        cursorKeys = new Set();
      }
      cursorKeys.add(key);
      return true;
    };

    try {
      let page = await fetchPage(1);
      state.initialTotalCount = page.totalCount;
      state.totalCount = page.totalCount;
      reportedTotal = page.totalCount;
      largestTotal = page.totalCount;
      let current = 1;
      let pagesWithoutNewTasks = 0;
      for (;;) {
        const isLast = page.tasks.length < pageSize;
        if (!isLast) {
          // Fetch ahead before handing out this page: never past the end the latest total implies, nor past
          // what the limit can still need.
          const lastPage = Math.ceil(page.totalCount / pageSize);
          const stillNeeded =
            limit === undefined ? Number.POSITIVE_INFINITY : limit - yielded - page.tasks.length;
          const needed = current + Math.max(0, Math.ceil(stillNeeded / pageSize));
          for (let n = current + 1; n <= Math.min(current + concurrency, lastPage, needed); n++) {
            if (!ahead.has(n)) {
              const promise = fetchPage(n);
              // Settled later (or never awaited, when iteration stops early): no unhandled rejection meanwhile.
              promise.catch(() => {});
              ahead.set(n, promise);
            }
          }
        }
        let newTasks = 0;
        for (const task of page.tasks) {
          if (!accept(task)) continue;
          newTasks++;
          yield task;
          if (++yielded === limit) return;
        }
        if (isLast) return;
        pagesWithoutNewTasks = newTasks === 0 ? pagesWithoutNewTasks + 1 : 0;
        if (pagesWithoutNewTasks >= 2) {
          throw new PaginationStalledError(
            state.pagesFetched,
            page.totalCount,
            'two pages in a row brought no new task',
          );
        }
        const next = current + 1;
        const pending = ahead.get(next);
        if (!pending) return;
        ahead.delete(next);
        const previousTotal = page.totalCount;
        page = await pending;
        if (page.totalCount < previousTotal) {
          // Fetched before runs were added that its predecessor already saw: tasks may sit in the gap.
          page = await fetchPage(next);
        }
        noteTotal(page.totalCount, next);
        current = next;
      }
    } finally {
      callerSignal?.removeEventListener('abort', onCallerAbort);
      if (ahead.size > 0) controller.abort(new FunctionTasksError('iteration stopped'));
      ahead.clear();
    }
  }

  return {
    [Symbol.asyncIterator]: () => run()[Symbol.asyncIterator](),
    get initialTotalCount() {
      return state.initialTotalCount;
    },
    get totalCount() {
      return state.totalCount;
    },
    get totalChanged() {
      return state.initialTotalCount !== null && state.totalCount !== state.initialTotalCount;
    },
    get duplicatesSkipped() {
      return state.duplicatesSkipped;
    },
    get pagesFetched() {
      return state.pagesFetched;
    },
  };
}

/** Collects every matching task (or `limit` of them) into an array; for small histories. */
export async function listAllFunctionTasks(
  listPage: PageLister,
  params: IterateFunctionTasksParams,
  options?: IterateOptions,
): Promise<FunctionTask[]> {
  const tasks: FunctionTask[] = [];
  for await (const task of iterateFunctionTasks(listPage, params, options)) tasks.push(task);
  return tasks;
}
