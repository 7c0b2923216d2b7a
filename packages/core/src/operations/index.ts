/**
 * Every operation of the spec's table, by operationId: the client's methods (one per operation, named after it)
 * and `fetchRaw` look them up here.
 */
import type { FunctionOperationId } from '@fntasks/protocol';
import type { CallOptions } from '../http/types.js';
import { createFunctionInstance } from './create-function-instance.js';
import { createFunctionResource } from './create-function-resource.js';
import { createFunctionTask } from './create-function-task.js';
import type { AnyOperation } from './define.js';
import { deleteFunctionInstance } from './delete-function-instance.js';
import { deleteFunctionResource } from './delete-function-resource.js';
import { deleteFunctionTask } from './delete-function-task.js';
import { getFunctionCurrentVersion } from './get-function-current-version.js';
import { getFunctionDefaultInstance } from './get-function-default-instance.js';
import { getFunctionInstance } from './get-function-instance.js';
import { getFunctionResource } from './get-function-resource.js';
import { getFunctionTask } from './get-function-task.js';
import { getFunctionVersion } from './get-function-version.js';
import { listAppGroups } from './list-app-groups.js';
import { listFunctionInstances } from './list-function-instances.js';
import { listFunctionResources } from './list-function-resources.js';
import { listFunctionTasks } from './list-function-tasks.js';
import { updateFunctionDefaultInstance } from './update-function-default-instance.js';
import { updateFunctionInstance } from './update-function-instance.js';
import { updateFunctionResource } from './update-function-resource.js';

export const OPERATIONS = {
  [listFunctionTasks.operationId]: listFunctionTasks,
  [getFunctionTask.operationId]: getFunctionTask,
  [createFunctionTask.operationId]: createFunctionTask,
  [deleteFunctionTask.operationId]: deleteFunctionTask,
  [listFunctionInstances.operationId]: listFunctionInstances,
  [getFunctionInstance.operationId]: getFunctionInstance,
  [getFunctionDefaultInstance.operationId]: getFunctionDefaultInstance,
  [listAppGroups.operationId]: listAppGroups,
  [createFunctionInstance.operationId]: createFunctionInstance,
  [updateFunctionInstance.operationId]: updateFunctionInstance,
  [deleteFunctionInstance.operationId]: deleteFunctionInstance,
  [updateFunctionDefaultInstance.operationId]: updateFunctionDefaultInstance,
  [getFunctionCurrentVersion.operationId]: getFunctionCurrentVersion,
  [getFunctionVersion.operationId]: getFunctionVersion,
  [createFunctionResource.operationId]: createFunctionResource,
  [getFunctionResource.operationId]: getFunctionResource,
  [listFunctionResources.operationId]: listFunctionResources,
  [updateFunctionResource.operationId]: updateFunctionResource,
  [deleteFunctionResource.operationId]: deleteFunctionResource,
} as const satisfies Record<FunctionOperationId, AnyOperation>;

/** The parameters an operation takes. */
export type OperationParams<Id extends FunctionOperationId> = Parameters<
  (typeof OPERATIONS)[Id]['validate']
>[0];

/** What an operation resolves with. */
export type OperationResult<Id extends FunctionOperationId> = ReturnType<(typeof OPERATIONS)[Id]['read']>;

/** The client method of an operation: its operationId in lowerCamelCase (`ListFunctionTasks` → `listFunctionTasks`). */
export type MethodName<Id extends FunctionOperationId> = Uncapitalize<Id>;

/** One method per operation of the table, named after it. */
export type OperationMethods = {
  [Id in FunctionOperationId as MethodName<Id>]: (
    params: OperationParams<Id>,
    call?: CallOptions,
  ) => Promise<OperationResult<Id>>;
};

/** The method name of an operation, at run time. */
export function methodName<Id extends FunctionOperationId>(operationId: Id): MethodName<Id> {
  return (operationId.charAt(0).toLowerCase() + operationId.slice(1)) as MethodName<Id>;
}
