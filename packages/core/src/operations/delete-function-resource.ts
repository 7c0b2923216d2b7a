/**
 * DeleteFunctionResource: deletes a resource. One an instance still uses is the error `Resource.InUse` (assumed:
 * no reference says). Safe to repeat: a retry after an unclear answer that finds it gone (`Resource.NotExist`)
 * succeeds with `alreadyDeleted: true`.
 */
import { OPERATION_ID } from '@fntasks/protocol';
import { defineOperation } from './define.js';
import { type DeletedResult, deleteDeclaration } from './deleted.js';

/** Parameters of `deleteFunctionResource`. */
export interface DeleteFunctionResourceParams {
  appGroupIdentity: string;
  functionName: string;
  resourceName: string;
}

/** The answer of `deleteFunctionResource`. */
export type DeleteFunctionResourceResult = DeletedResult;

export const deleteFunctionResource = defineOperation<DeleteFunctionResourceParams>()(
  OPERATION_ID.DeleteFunctionResource,
  deleteDeclaration('Resource.NotExist'),
);
