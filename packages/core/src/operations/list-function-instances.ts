/** ListFunctionInstances: one page of a function's instances. */

import {
  DEFAULT_INSTANCE_PAGE_SIZE,
  ENVELOPE_KEYS,
  FUNCTION_TYPES,
  INSTANCE_OUTPUT_LEVELS,
  INSTANCE_SOURCE_FILTERS,
  MODEL_TYPES,
} from '@fntasks/protocol';
import { MalformedResponseError } from '../errors.js';
import { readMeta } from '../read/envelope.js';
import { CasingTracker, pick } from '../read/fields.js';
import { type FunctionInstance, normalizeInstance } from '../read/instance.js';
import { readTotalCount } from '../read/task-page.js';
import type { ResponseMeta } from '../types.js';
import { defineOperation, type WireParameters } from './define.js';
import { checkNames, checkOneOf, checkPaging, checkParamsObject } from './params.js';

const PATH = '/v4/openapi/app-groups/{appGroupIdentity}/functions/{functionName}/instances';
type Query = NonNullable<WireParameters<typeof PATH, 'get'>['query']>;

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

/** The names of a function, which every instance-level operation takes. */
export const FUNCTION_PATH_NAMES = ['appGroupIdentity', 'functionName'] as const;

export const listFunctionInstances = defineOperation({
  operationId: 'ListFunctionInstances',
  method: 'GET',
  path: PATH,
  validate(params: ListFunctionInstancesParams) {
    checkParamsObject(params, 'appGroupIdentity and functionName');
    const path = checkNames(params, FUNCTION_PATH_NAMES);
    const query: Query = {};
    if (params.functionType !== undefined)
      query.functionType = checkOneOf('functionType', params.functionType, FUNCTION_TYPES);
    if (params.modelType !== undefined)
      query.modelType = checkOneOf('modelType', params.modelType, MODEL_TYPES);
    if (params.output !== undefined)
      query.output = checkOneOf('output', params.output, INSTANCE_OUTPUT_LEVELS);
    if (params.source !== undefined)
      query.source = checkOneOf('source', params.source, INSTANCE_SOURCE_FILTERS);
    const context = checkPaging(params, query, DEFAULT_INSTANCE_PAGE_SIZE);
    return { wire: { path, query }, context };
  },
  read(body, answer, context): FunctionInstancesPage {
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
    return { instances, totalCount, ...context, ...readMeta(body, tracker) };
  },
});
