/**
 * DeleteFunctionTask: deletes one run by its generation. A running run is the error `Task.UnableDelete`, an
 * unknown one `Task.NotExist`. The answer is the envelope only. Safe to repeat: when an attempt was sent and got
 * no clear answer, the retry's `Task.NotExist` means the first one deleted it, and the call succeeds with
 * `alreadyDeleted: true`.
 */
import { OPERATION_ID } from '@fntasks/protocol';
import { defineOperation } from './define.js';
import { type DeletedResult, deleteDeclaration } from './deleted.js';
import type { GetFunctionTaskParams } from './get-function-task.js';

/** Parameters of `deleteFunctionTask`: the same as `getFunctionTask`'s. */
export type DeleteFunctionTaskParams = GetFunctionTaskParams;

/** The answer of `deleteFunctionTask`. */
export type DeleteFunctionTaskResult = DeletedResult;

export const deleteFunctionTask = defineOperation<DeleteFunctionTaskParams>()(
  OPERATION_ID.DeleteFunctionTask,
  deleteDeclaration('Task.NotExist'),
);
