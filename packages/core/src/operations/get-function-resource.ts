/** GetFunctionResource: one resource of a function, with its data. An unknown name is the error `Resource.NotExist`. */

import { type INSTANCE_OUTPUT_LEVELS, OPERATION_ID } from '@fntasks/protocol';
import { type FunctionResource, normalizeResource } from '../read/resource.js';
import { readSingleResult } from '../read/single-result.js';
import type { ResponseMeta } from '../types.js';
import { defineOperation } from './define.js';

/** Parameters of `getFunctionResource`. */
export interface GetFunctionResourceParams {
  appGroupIdentity: string;
  functionName: string;
  resourceName: string;
  /** Detail level (the service's default: `normal`). */
  output?: (typeof INSTANCE_OUTPUT_LEVELS)[number];
}

/** GetFunctionResource's result. */
export interface FunctionResourceResult extends ResponseMeta {
  readonly resource: FunctionResource;
}

export const getFunctionResource = defineOperation<GetFunctionResourceParams>()(
  OPERATION_ID.GetFunctionResource,
  {
    read(body, answer): FunctionResourceResult {
      const { item, meta } = readSingleResult(body, answer, normalizeResource);
      return { resource: item, ...meta };
    },
  },
);
