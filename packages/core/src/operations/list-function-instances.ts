/** ListFunctionInstances: one page of a function's instances. */

import {
  ENVELOPE_KEYS,
  type FUNCTION_TYPES,
  type INSTANCE_OUTPUT_LEVELS,
  type INSTANCE_SOURCE_FILTERS,
  OPERATION_ID,
} from '@fntasks/protocol';
import { MalformedResponseError } from '../errors.js';
import type { Paging } from '../paginate.js';
import { readMeta } from '../read/envelope.js';
import { CasingTracker, pick } from '../read/fields.js';
import { type FunctionInstance, normalizeInstance } from '../read/instance.js';
import { readTotalCount } from '../read/task-page.js';
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
      const tracker = new CasingTracker();
      const result = pick(body, ENVELOPE_KEYS, 'result', tracker);
      if (!Array.isArray(result)) {
        throw new MalformedResponseError(
          answer.status,
          answer.text,
          result === undefined ? 'neither "result" nor "Result" is present' : '"result" is not an array',
        );
      }
      const totalCount = readTotalCount(body, tracker, answer.status, answer.text);
      const instances = result.map((item, index) =>
        normalizeInstance(item, `result[${index}]`, tracker, answer.status, answer.text),
      );
      return { instances, totalCount, ...page, ...readMeta(body, tracker) };
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
