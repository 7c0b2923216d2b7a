/** GetFunctionInstance: one instance, with its training state (`task`). */

import { INSTANCE_OUTPUT_LEVELS } from '@fntasks/protocol';
import { type FunctionInstance, normalizeInstance } from '../read/instance.js';
import { readSingleResult } from '../read/single-result.js';
import type { ResponseMeta } from '../types.js';
import { defineOperation } from './define.js';
import { INSTANCE_NAMES } from './list-function-tasks.js';
import { checkNames, checkOneOf, checkParamsObject } from './params.js';

/** Parameters of `getFunctionInstance`. */
export interface GetFunctionInstanceParams {
  appGroupIdentity: string;
  functionName: string;
  instanceName: string;
  /** Detail level (the service's default: `normal`). */
  output?: (typeof INSTANCE_OUTPUT_LEVELS)[number];
}

/** GetFunctionInstance's result. */
export interface FunctionInstanceResult extends ResponseMeta {
  readonly instance: FunctionInstance;
}

export const getFunctionInstance = defineOperation({
  operationId: 'GetFunctionInstance',
  method: 'GET',
  path: '/v4/openapi/app-groups/{appGroupIdentity}/functions/{functionName}/instances/{instanceName}',
  validate(params: GetFunctionInstanceParams) {
    checkParamsObject(params, 'appGroupIdentity, functionName and instanceName');
    const path = checkNames(params, INSTANCE_NAMES);
    const query =
      params.output === undefined
        ? {}
        : { output: checkOneOf('output', params.output, INSTANCE_OUTPUT_LEVELS) };
    return { wire: { path, query }, context: undefined };
  },
  read(body, answer): FunctionInstanceResult {
    const { item, meta } = readSingleResult(body, answer, normalizeInstance);
    return { instance: item, ...meta };
  },
});
