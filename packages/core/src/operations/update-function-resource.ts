/**
 * UpdateFunctionResource: changes a resource's description or data (PUT, a PascalCase JSON body written from
 * camelCase parameters; only the fields given change). Safe to repeat.
 */
import { OPERATION_ID } from '@fntasks/protocol';
import { readEnvelopeOnly } from '../read/envelope.js';
import { defineOperation } from './define.js';
import { RESOURCE_BODY_RULES, type ResourceDataInput } from './resource-body.js';

/** Parameters of `updateFunctionResource`: the resource, and the fields to change. */
export interface UpdateFunctionResourceParams {
  appGroupIdentity: string;
  functionName: string;
  resourceName: string;
  description?: string;
  data?: ResourceDataInput;
}

export const updateFunctionResource = defineOperation<UpdateFunctionResourceParams>()(
  OPERATION_ID.UpdateFunctionResource,
  { rules: { body: RESOURCE_BODY_RULES }, read: readEnvelopeOnly },
);
