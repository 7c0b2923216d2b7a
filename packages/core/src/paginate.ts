/**
 * Auto-pagination, one implementation for every paged operation of the table. Page 1 comes first; once its
 * `totalCount` is known, up to `concurrency` later pages are fetched ahead while the caller consumes, so memory
 * stays at a few pages. What differs per operation is declared with it (`Paging`): where a page's items are, how
 * an item is keyed, and, for a list ordered newest first, the item's position.
 *
 * Consistency while items are added: new items appear at the top of a newest-first list and push every item
 * down, so a later page can repeat items already yielded. For such a list (`order` declared) a cursor (the
 * position last yielded, plus the keys yielded at exactly that position) skips every repeat in constant memory;
 * items added after the iteration began are outside the snapshot and are skipped the same way. Without an order,
 * the keys seen are kept (lists of a handful of items, such as a function's instances). A page fetched ahead can
 * also have been fetched *before* a shift its predecessor saw (a gap): a page whose `totalCount` is lower than its
 * predecessor's is fetched again. And because the end moves down, pages are fetched until one is short or the
 * latest `totalCount` is covered. Removals move items up instead and can make one be missed: every change of
 * `totalCount` is reported.
 *
 * Progress guard: a server that ignores `pageNumber` (or claims a huge `totalCount`) would keep this loop busy
 * forever. Two pages in a row without a new item, or more requests than the largest `totalCount` seen can
 * justify (twice its page count, for refetches), end the iteration with a PaginationStalledError.
 */

import { FUNCTION_OPERATIONS, type FunctionOperationId } from '@fntasks/protocol';
import { FunctionTasksError, InvalidArgumentError, PaginationStalledError } from './errors.js';
import type { CallOptions } from './http/types.js';
import { listNames } from './operations/validate.js';

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

/** Options of an iteration: the per-call options plus paging controls. */
export interface IterateOptions extends CallOptions {
  /** Pages fetched at once after page 1 (default 6, at most 16). `timeoutMs` applies to each page. */
  concurrency?: number;
  /** Called whenever a page reports a `totalCount` different from the one before (items added or removed). */
  onTotalChange?: (change: TotalCountChange) => void;
}

/** The iterator an `iterate*` method returns: async-iterable, with what it learned so far. */
export interface PageIterator<Item> extends AsyncIterable<Item> {
  /** The `totalCount` of page 1; `null` before it arrived. */
  readonly initialTotalCount: number | null;
  /** The latest `totalCount` any page reported; `null` before page 1 arrived. */
  readonly totalCount: number | null;
  /** True when some page reported a `totalCount` different from page 1 (see `onTotalChange`). */
  readonly totalChanged: boolean;
  /** Items seen again on a later page (pushed down by new ones) and not yielded twice. */
  readonly duplicatesSkipped: number;
  /** Requests made, refetches included. */
  readonly pagesFetched: number;
}

/** The parameters of an iteration: the list's, without `pageNumber`, plus a `limit`. */
export type IterateParams<ListParams> = Omit<ListParams, 'pageNumber'> & {
  /** Stop after this many items (default: all). */
  limit?: number;
};

/** A page as every paged operation answers it. */
export interface AnyPage {
  readonly totalCount: number;
  readonly pageSize: number;
}

/** What a paged operation declares about its pages. */
export interface Paging<Page extends AnyPage, Item> {
  /** The operation, for the parameter checks and messages. */
  readonly operationId: FunctionOperationId;
  /** The items of a page. */
  items(page: Page): readonly Item[];
  /** An item's identity within the list, stable while the list changes. */
  key(item: Item): string;
  /** For a list ordered newest first: the item's position (larger is newer). */
  order?(item: Item): number;
  /** The page size an iteration asks for when the caller gives none (default: none sent, the service's). */
  readonly iterationPageSize?: number;
  /** The items' name in messages, e.g. `task`. */
  readonly noun: string;
}

/** Fetches one page: the client's list method. */
export type PageLister<ListParams, Page> = (params: ListParams, call?: CallOptions) => Promise<Page>;

/** The default number of pages fetched ahead. */
export const DEFAULT_PAGE_CONCURRENCY = 6;
const MAX_PAGE_CONCURRENCY = 16;

/** Creates the iterator; nothing is fetched until iteration starts. Each iteration starts afresh. */
export function paginate<ListParams, Page extends AnyPage, Item>(
  paging: Paging<Page, Item>,
  listPage: PageLister<ListParams, Page>,
  params: IterateParams<ListParams>,
  options: IterateOptions = {},
): PageIterator<Item> {
  const operation = FUNCTION_OPERATIONS[paging.operationId];
  const iterateName = `iterate${paging.operationId.replace(/^List/, '')}`;
  if (params === null || typeof params !== 'object') {
    throw new InvalidArgumentError(
      'params',
      params,
      `Expected an object with ${listNames(operation.pathParams.map((p) => p.name))}.`,
    );
  }
  const {
    limit,
    pageSize: givenPageSize,
    ...filters
  } = params as IterateParams<ListParams> & {
    pageSize?: unknown;
    pageNumber?: unknown;
  };
  if (filters.pageNumber !== undefined) {
    const listName = paging.operationId.charAt(0).toLowerCase() + paging.operationId.slice(1);
    throw new InvalidArgumentError(
      'pageNumber',
      filters.pageNumber,
      `${iterateName} walks every page itself; use limit to stop early, or ${listName} for one page.`,
    );
  }
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
  const fallback = paging.iterationPageSize;
  const askedPageSize =
    givenPageSize ??
    (fallback === undefined ? undefined : limit !== undefined ? Math.min(fallback, limit) : fallback);
  if (
    askedPageSize !== undefined &&
    (!Number.isSafeInteger(askedPageSize) || (askedPageSize as number) < 1)
  ) {
    throw new InvalidArgumentError('pageSize', askedPageSize, 'Expected a positive integer.');
  }

  const state = {
    initialTotalCount: null as number | null,
    totalCount: null as number | null,
    duplicatesSkipped: 0,
    pagesFetched: 0,
  };

  async function* run(): AsyncGenerator<Item, void, undefined> {
    // One controller for every page of this iteration: stopping early cancels the pages fetched ahead.
    const controller = new AbortController();
    const callerSignal = options.signal;
    const onCallerAbort = () => controller.abort(callerSignal?.reason);
    if (callerSignal?.aborted) controller.abort(callerSignal.reason);
    else callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
    const pageCall: CallOptions = { signal: callerSignal?.aborted ? callerSignal : controller.signal };
    if (options.timeoutMs !== undefined) pageCall.timeoutMs = options.timeoutMs;
    if (options.headers !== undefined) pageCall.headers = options.headers;

    // The page size in effect: the one asked for, else the one page 1 reports (the service's default).
    let pageSize = (askedPageSize as number | undefined) ?? 1;
    let largestTotal = 0;
    const fetchPage = (pageNumber: number): Promise<Page> => {
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
      const request = { ...filters, pageNumber } as Record<string, unknown>;
      if (askedPageSize !== undefined) request.pageSize = askedPageSize;
      return listPage(request as ListParams, pageCall);
    };
    const ahead = new Map<number, Promise<Page>>();

    let yielded = 0;
    let reportedTotal = 0;
    const accept = acceptor(paging, state);

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

    try {
      let page = await fetchPage(1);
      pageSize = page.pageSize;
      state.initialTotalCount = page.totalCount;
      state.totalCount = page.totalCount;
      reportedTotal = page.totalCount;
      largestTotal = page.totalCount;
      let current = 1;
      let pagesWithoutNew = 0;
      for (;;) {
        const items = paging.items(page);
        const isLast = items.length < pageSize;
        if (!isLast) {
          // Fetch ahead before handing out this page: never past the end the latest total implies, nor past
          // what the limit can still need.
          const lastPage = Math.ceil(page.totalCount / pageSize);
          const stillNeeded = limit === undefined ? Number.POSITIVE_INFINITY : limit - yielded - items.length;
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
        let fresh = 0;
        for (const item of items) {
          if (!accept(item)) continue;
          fresh++;
          yield item;
          if (++yielded === limit) return;
        }
        if (isLast) return;
        pagesWithoutNew = fresh === 0 ? pagesWithoutNew + 1 : 0;
        if (pagesWithoutNew >= 2) {
          throw new PaginationStalledError(
            state.pagesFetched,
            page.totalCount,
            `two pages in a row brought no new ${paging.noun}`,
          );
        }
        const next = current + 1;
        const pending = ahead.get(next);
        if (!pending) return;
        ahead.delete(next);
        const previousTotal = page.totalCount;
        page = await pending;
        if (page.totalCount < previousTotal) {
          // Fetched before items were added that its predecessor already saw: items may sit in the gap.
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

/** Whether an item is new (and remembers it): a cursor for an ordered list, the keys seen otherwise. */
function acceptor<Item>(
  paging: Paging<AnyPage, Item>,
  state: { duplicatesSkipped: number },
): (item: Item) => boolean {
  const order = paging.order;
  if (order === undefined) {
    const seen = new Set<string>();
    return (item) => {
      const key = paging.key(item);
      if (seen.has(key)) {
        state.duplicatesSkipped++;
        return false;
      }
      seen.add(key);
      return true;
    };
  }
  let cursor = Number.POSITIVE_INFINITY;
  let cursorKeys = new Set<string>();
  return (item) => {
    const position = order(item);
    if (position > cursor) {
      state.duplicatesSkipped++;
      return false;
    }
    const key = paging.key(item);
    if (position === cursor) {
      if (cursorKeys.has(key)) {
        state.duplicatesSkipped++;
        return false;
      }
    } else {
      cursor = position;
      cursorKeys = new Set();
    }
    cursorKeys.add(key);
    return true;
  };
}

/** Collects every item (or `limit` of them) into an array; for small lists. */
export async function collect<Item>(iterator: AsyncIterable<Item>): Promise<Item[]> {
  const items: Item[] = [];
  for await (const item of iterator) items.push(item);
  return items;
}
