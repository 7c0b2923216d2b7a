/**
 * DeleteFunctionTask: deletes one run by its generation. A running run is the error `Task.UnableDelete`, an
 * unknown one `Task.NotExist`. The answer is the envelope only.
 */
import { readMeta } from '../read/envelope.js';
import { CasingTracker } from '../read/fields.js';
import type { ResponseMeta } from '../types.js';
import { defineOperation } from './define.js';
import type { GetFunctionTaskParams } from './get-function-task.js';
import { INSTANCE_NAMES } from './list-function-tasks.js';
import { checkGeneration, checkNames, checkParamsObject } from './params.js';

/** Parameters of `deleteFunctionTask`: the same as `getFunctionTask`'s. */
export type DeleteFunctionTaskParams = GetFunctionTaskParams;

export const deleteFunctionTask = defineOperation({
  operationId: 'DeleteFunctionTask',
  method: 'DELETE',
  path: '/v4/openapi/app-groups/{appGroupIdentity}/functions/{functionName}/instances/{instanceName}/tasks/{generation}',
  validate(params: DeleteFunctionTaskParams) {
    checkParamsObject(params, 'appGroupIdentity, functionName, instanceName and generation');
    const path = { ...checkNames(params, INSTANCE_NAMES), generation: checkGeneration(params.generation) };
    return { wire: { path }, context: undefined };
  },
  read: (body): ResponseMeta => readMeta(body, new CasingTracker()),
});
