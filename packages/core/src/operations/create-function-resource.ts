/**
 * CreateFunctionResource: creates a resource of a function (a PascalCase JSON body, as the official SDK sends it,
 * written from camelCase parameters). Not safe to repeat: a write that went out without a clear answer ends in
 * WriteOutcomeUnknownError, never sent twice. A taken name is the error `Resource.Duplicated`.
 */
import { OPERATION_ID, type ResourceType } from '@fntasks/protocol';
import { readEnvelopeOnly } from '../read/envelope.js';
import { defineOperation } from './define.js';
import { checkDataFitsType, RESOURCE_BODY_RULES, type ResourceDataInput } from './resource-body.js';

/** Parameters of `createFunctionResource`. */
export interface CreateFunctionResourceParams {
  appGroupIdentity: string;
  functionName: string;
  resourceName: string;
  resourceType: ResourceType;
  description?: string;
  /** `content` for a `raw_file`, `generators` for a `feature_generator`. */
  data: ResourceDataInput;
}

export const createFunctionResource = defineOperation<CreateFunctionResourceParams>()(
  OPERATION_ID.CreateFunctionResource,
  {
    rules: { body: RESOURCE_BODY_RULES, check: (_, params) => checkDataFitsType(params) },
    read: readEnvelopeOnly,
  },
);
