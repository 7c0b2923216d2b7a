/** The handler of each API operation, keyed by the operationId of `@fntasks/protocol`'s operation table. */
import type { FunctionOperationId } from '@fntasks/protocol';
import type { ApiHandler } from './api-request.js';
import { createFunctionTask } from './create-function-task.js';
import { deleteFunctionTask } from './delete-function-task.js';
import { getFunctionDefaultInstance } from './get-function-default-instance.js';
import { getFunctionInstance } from './get-function-instance.js';
import { getFunctionTask } from './get-function-task.js';
import { listFunctionInstances } from './list-function-instances.js';
import { listFunctionTasks } from './list-function-tasks.js';

/** Every operation the emulator serves. */
export const API_ROUTES: Record<FunctionOperationId, ApiHandler> = {
  ListFunctionTasks: listFunctionTasks,
  GetFunctionTask: getFunctionTask,
  CreateFunctionTask: createFunctionTask,
  DeleteFunctionTask: deleteFunctionTask,
  ListFunctionInstances: listFunctionInstances,
  GetFunctionInstance: getFunctionInstance,
  GetFunctionDefaultInstance: getFunctionDefaultInstance,
};
