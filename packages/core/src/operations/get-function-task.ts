/** GetFunctionTask: one run of an instance, by its generation. */

import { readSingleResult } from '../read/single-result.js';
import { normalizeTask } from '../read/task.js';
import type { FunctionTask, ResponseMeta } from '../types.js';
import { defineOperation } from './define.js';
import { INSTANCE_NAMES } from './list-function-tasks.js';
import { checkGeneration, checkNames, checkParamsObject } from './params.js';

/** Parameters of `getFunctionTask`. */
export interface GetFunctionTaskParams {
  appGroupIdentity: string;
  functionName: string;
  instanceName: string;
  /** The run's generation (iteration number), e.g. `3` or `"3"`. */
  generation: string | number;
}

/** GetFunctionTask's result: the run and the envelope facts. */
export interface FunctionTaskResult extends ResponseMeta {
  readonly task: FunctionTask;
}

export const getFunctionTask = defineOperation({
  operationId: 'GetFunctionTask',
  method: 'GET',
  path: '/v4/openapi/app-groups/{appGroupIdentity}/functions/{functionName}/instances/{instanceName}/tasks/{generation}',
  validate(params: GetFunctionTaskParams) {
    checkParamsObject(params, 'appGroupIdentity, functionName, instanceName and generation');
    const path = { ...checkNames(params, INSTANCE_NAMES), generation: checkGeneration(params.generation) };
    return { wire: { path }, context: undefined };
  },
  read(body, answer): FunctionTaskResult {
    const { item, meta } = readSingleResult(body, answer, normalizeTask);
    return { task: item, ...meta };
  },
});
