/**
 * Every instance of a function across pages, in the service's order, each once. Sequential: a function has a
 * handful of instances. The same progress guard as the task iterator: two pages in a row without a new
 * instance, or more requests than `totalCount` justifies, end with PaginationStalledError.
 */
import { InvalidArgumentError, PaginationStalledError } from './errors.js';
import type { CallOptions } from './http/types.js';
import type {
  FunctionInstancesPage,
  ListFunctionInstancesParams,
} from './operations/list-function-instances.js';
import type { FunctionInstance } from './read/instance.js';

/** Parameters of `iterateFunctionInstances`: those of `listFunctionInstances` without `pageNumber`. */
export type IterateFunctionInstancesParams = Omit<ListFunctionInstancesParams, 'pageNumber'>;

/** Fetches one page; the client's `listFunctionInstances`. */
export type InstancePageLister = (
  params: ListFunctionInstancesParams,
  call?: CallOptions,
) => Promise<FunctionInstancesPage>;

/** Yields every instance; nothing is fetched until iteration starts. */
export async function* iterateFunctionInstances(
  listPage: InstancePageLister,
  params: IterateFunctionInstancesParams,
  call?: CallOptions,
): AsyncGenerator<FunctionInstance, void, undefined> {
  if ((params as ListFunctionInstancesParams | null)?.pageNumber !== undefined) {
    throw new InvalidArgumentError(
      'pageNumber',
      (params as ListFunctionInstancesParams).pageNumber,
      'iterateFunctionInstances walks every page itself; use listFunctionInstances for one page.',
    );
  }
  const seen = new Set<string>();
  let pagesWithoutNew = 0;
  let largestTotal = 0;
  for (let pageNumber = 1; ; pageNumber++) {
    const page = await listPage({ ...params, pageNumber }, call);
    largestTotal = Math.max(largestTotal, page.totalCount);
    let fresh = 0;
    for (const instance of page.instances) {
      if (seen.has(instance.instanceName)) continue;
      seen.add(instance.instanceName);
      fresh++;
      yield instance;
    }
    if (page.instances.length < page.pageSize || pageNumber * page.pageSize >= page.totalCount) return;
    pagesWithoutNew = fresh === 0 ? pagesWithoutNew + 1 : 0;
    if (pagesWithoutNew >= 2) {
      throw new PaginationStalledError(
        pageNumber,
        page.totalCount,
        'two pages in a row brought no new instance',
      );
    }
    if (pageNumber >= 2 * Math.ceil(largestTotal / page.pageSize) + 2) {
      throw new PaginationStalledError(
        pageNumber,
        page.totalCount,
        `more requests than a totalCount of ${largestTotal} at ${page.pageSize} per page can need`,
      );
    }
  }
}
