/** ListFunctionInstances: one page of a function's instances. */

import {
  type FUNCTION_TYPES,
  type INSTANCE_OUTPUT_LEVELS,
  type INSTANCE_SOURCE_FILTERS,
  OPERATION_ID,
} from '@fntasks/protocol';
import type { Paging } from '../paginate.js';
import { type FunctionInstance, normalizeInstance } from '../read/instance.js';
import { readResultList } from '../read/result-list.js';
import type { ResponseMeta } from '../types.js';
import { defineOperation } from './define.js';

/** Parameters of `listFunctionInstances`. */
export interface ListFunctionInstancesParams {
  appGroupIdentity: string;
  functionName: string;
  /** `PAAS` or `SAAS`. */
  functionType?: (typeof FUNCTION_TYPES)[number];
  /** e.g. `tf_checkpoint`, `pop`, `offline_inference`, `near_realtime`, `text`. */
  modelType?: string;
  /** Detail level (the service's default: `normal`). */
  output?: (typeof INSTANCE_OUTPUT_LEVELS)[number];
  /** `user` (the service's default), `builtin` or `all`. */
  source?: (typeof INSTANCE_SOURCE_FILTERS)[number];
  /** From 1 (default 1). */
  pageNumber?: number;
  /** Instances per page (the service's default: 10). */
  pageSize?: number;
}

/** One page of instances. */
export interface FunctionInstancesPage extends ResponseMeta {
  readonly instances: FunctionInstance[];
  readonly totalCount: number;
  /** The page number asked for (1 when not given). */
  readonly pageNumber: number;
  /** The page size asked for (the service's default, 10, when not given). */
  readonly pageSize: number;
}

export const listFunctionInstances = defineOperation<ListFunctionInstancesParams>()(
  OPERATION_ID.ListFunctionInstances,
  {
    read(body, answer, page): FunctionInstancesPage {
      const { items, ...rest } = readResultList(body, answer, (item, path, tracker) =>
        normalizeInstance(item, path, tracker, answer.status, answer.text),
      );
      return { instances: items, ...rest, ...page };
    },
  },
);

/** How instances page: in the service's order, keyed by name (a function has a handful: the names seen are kept). */
export const instancePaging: Paging<FunctionInstancesPage, FunctionInstance> = {
  operationId: OPERATION_ID.ListFunctionInstances,
  items: (page) => page.instances,
  key: (instance) => instance.instanceName,
  noun: 'instance',
};
