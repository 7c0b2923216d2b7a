/** Every operation, by operationId: the client's methods and `fetchRaw` look them up here. */
import type { FunctionOperationId } from '@fntasks/protocol';
import { createFunctionTask } from './create-function-task.js';
import type { AnyOperation } from './define.js';
import { deleteFunctionTask } from './delete-function-task.js';
import { getFunctionDefaultInstance } from './get-function-default-instance.js';
import { getFunctionInstance } from './get-function-instance.js';
import { getFunctionTask } from './get-function-task.js';
import { listFunctionInstances } from './list-function-instances.js';
import { listFunctionTasks } from './list-function-tasks.js';

export const OPERATIONS = {
  ListFunctionTasks: listFunctionTasks,
  GetFunctionTask: getFunctionTask,
  CreateFunctionTask: createFunctionTask,
  DeleteFunctionTask: deleteFunctionTask,
  ListFunctionInstances: listFunctionInstances,
  GetFunctionInstance: getFunctionInstance,
  GetFunctionDefaultInstance: getFunctionDefaultInstance,
} as const satisfies Record<FunctionOperationId, AnyOperation>;

/** The parameters an operation takes. */
export type OperationParams<Id extends FunctionOperationId> = Parameters<
  (typeof OPERATIONS)[Id]['validate']
>[0];
