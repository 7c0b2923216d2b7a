/**
 * DeleteFunctionInstance: deletes an instance. One with a run in progress is the error `Instance.IsRunning`
 * (assumed: no reference says); deleting the default instance cancels the default (assumed). Safe to repeat: a
 * retry after an unclear answer that finds it gone (`Instance.NotExist`) succeeds with `alreadyDeleted: true`.
 */
import { OPERATION_ID } from '@fntasks/protocol';
import { defineOperation } from './define.js';
import { type DeletedResult, deleteDeclaration } from './deleted.js';

/** Parameters of `deleteFunctionInstance`. */
export interface DeleteFunctionInstanceParams {
  appGroupIdentity: string;
  functionName: string;
  instanceName: string;
}

/** The answer of `deleteFunctionInstance`. */
export type DeleteFunctionInstanceResult = DeletedResult;

export const deleteFunctionInstance = defineOperation<DeleteFunctionInstanceParams>()(
  OPERATION_ID.DeleteFunctionInstance,
  deleteDeclaration('Instance.NotExist'),
);
