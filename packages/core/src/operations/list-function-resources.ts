/** ListFunctionResources: one page of a function's resources. */

import { type INSTANCE_OUTPUT_LEVELS, OPERATION_ID, type ResourceType } from '@fntasks/protocol';
import type { Paging } from '../paginate.js';
import { type FunctionResource, normalizeResource } from '../read/resource.js';
import { readResultList } from '../read/result-list.js';
import type { ResponseMeta } from '../types.js';
import { defineOperation } from './define.js';

/** Parameters of `listFunctionResources`. */
export interface ListFunctionResourcesParams {
  appGroupIdentity: string;
  functionName: string;
  /** Detail level (the service's default: `normal`). */
  output?: (typeof INSTANCE_OUTPUT_LEVELS)[number];
  /** Only resources of this type. */
  resourceType?: ResourceType;
  /** From 1 (default 1). */
  pageNumber?: number;
  /** Resources per page (the service's default: 10). */
  pageSize?: number;
}

/** One page of resources. */
export interface FunctionResourcesPage extends ResponseMeta {
  readonly resources: FunctionResource[];
  readonly totalCount: number;
  /** The page number asked for (1 when not given). */
  readonly pageNumber: number;
  /** The page size asked for (the service's default, 10, when not given). */
  readonly pageSize: number;
}

export const listFunctionResources = defineOperation<ListFunctionResourcesParams>()(
  OPERATION_ID.ListFunctionResources,
  {
    read(body, answer, page): FunctionResourcesPage {
      const { items, ...rest } = readResultList(body, answer, (item, path, tracker) =>
        normalizeResource(item, path, tracker, answer.status, answer.text),
      );
      return { resources: items, ...rest, ...page };
    },
  },
);

/** How resources page: in the service's order, keyed by name. */
export const resourcePaging: Paging<FunctionResourcesPage, FunctionResource> = {
  operationId: OPERATION_ID.ListFunctionResources,
  items: (page) => page.resources,
  key: (resource) => resource.resourceName,
  noun: 'resource',
};
