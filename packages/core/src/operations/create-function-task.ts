/**
 * CreateFunctionTask: starts a run of an instance. POST without a body (signed with the empty body's hash); the
 * answer is the envelope only, with no generation (see `startFunctionTask` for finding the run it started). A
 * run in progress is the error `Task.IsRunning`.
 */
import { readMeta } from '../read/envelope.js';
import { CasingTracker } from '../read/fields.js';
import type { ResponseMeta } from '../types.js';
import { defineOperation } from './define.js';
import { INSTANCE_NAMES } from './list-function-tasks.js';
import { checkNames, checkParamsObject } from './params.js';

/** Parameters of `createFunctionTask`. */
export interface CreateFunctionTaskParams {
  appGroupIdentity: string;
  functionName: string;
  instanceName: string;
}

export const createFunctionTask = defineOperation({
  operationId: 'CreateFunctionTask',
  method: 'POST',
  path: '/v4/openapi/app-groups/{appGroupIdentity}/functions/{functionName}/instances/{instanceName}/tasks',
  validate(params: CreateFunctionTaskParams) {
    checkParamsObject(params, 'appGroupIdentity, functionName and instanceName');
    return { wire: { path: checkNames(params, INSTANCE_NAMES) }, context: undefined };
  },
  read: (body): ResponseMeta => readMeta(body, new CasingTracker()),
});
