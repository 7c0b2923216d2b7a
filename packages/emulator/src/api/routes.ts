/** The handler of each API operation, keyed by the operationId of `@fntasks/protocol`'s operation table. */
import { type FunctionOperationId, OPERATION_ID } from '@fntasks/protocol';
import type { ApiHandler } from './api-request.js';
import { createFunctionInstance } from './create-function-instance.js';
import { createFunctionResource } from './create-function-resource.js';
import { createFunctionTask } from './create-function-task.js';
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

/** Every operation the emulator serves. */
export const API_ROUTES: { readonly [Id in FunctionOperationId]: ApiHandler<Id> } = {
  [OPERATION_ID.ListFunctionTasks]: listFunctionTasks,
  [OPERATION_ID.GetFunctionTask]: getFunctionTask,
  [OPERATION_ID.CreateFunctionTask]: createFunctionTask,
  [OPERATION_ID.DeleteFunctionTask]: deleteFunctionTask,
  [OPERATION_ID.ListFunctionInstances]: listFunctionInstances,
  [OPERATION_ID.GetFunctionInstance]: getFunctionInstance,
  [OPERATION_ID.GetFunctionDefaultInstance]: getFunctionDefaultInstance,
  [OPERATION_ID.ListAppGroups]: listAppGroups,
  [OPERATION_ID.CreateFunctionInstance]: createFunctionInstance,
  [OPERATION_ID.UpdateFunctionInstance]: updateFunctionInstance,
  [OPERATION_ID.DeleteFunctionInstance]: deleteFunctionInstance,
  [OPERATION_ID.UpdateFunctionDefaultInstance]: updateFunctionDefaultInstance,
  [OPERATION_ID.GetFunctionCurrentVersion]: getFunctionCurrentVersion,
  [OPERATION_ID.GetFunctionVersion]: getFunctionVersion,
  [OPERATION_ID.CreateFunctionResource]: createFunctionResource,
  [OPERATION_ID.GetFunctionResource]: getFunctionResource,
  [OPERATION_ID.ListFunctionResources]: listFunctionResources,
  [OPERATION_ID.UpdateFunctionResource]: updateFunctionResource,
  [OPERATION_ID.DeleteFunctionResource]: deleteFunctionResource,
};
