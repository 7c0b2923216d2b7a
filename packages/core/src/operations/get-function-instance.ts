/** GetFunctionInstance: one instance, with its training state (`task`). */

import { type INSTANCE_OUTPUT_LEVELS, OPERATION_ID } from '@fntasks/protocol';
import { type FunctionInstance, normalizeInstance } from '../read/instance.js';
import { readSingleResult } from '../read/single-result.js';
import type { ResponseMeta } from '../types.js';
import { defineOperation } from './define.js';

/** Parameters of `getFunctionInstance`. */
export interface GetFunctionInstanceParams {
  appGroupIdentity: string;
  functionName: string;
  instanceName: string;
  /** Detail level (the service's default: `normal`). */
  output?: (typeof INSTANCE_OUTPUT_LEVELS)[number];
}

/** GetFunctionInstance's result. */
export interface FunctionInstanceResult extends ResponseMeta {
  readonly instance: FunctionInstance;
}

export const getFunctionInstance = defineOperation<GetFunctionInstanceParams>()(
  OPERATION_ID.GetFunctionInstance,
  {
    read(body, answer): FunctionInstanceResult {
      const { item, meta } = readSingleResult(body, answer, normalizeInstance);
      return { instance: item, ...meta };
    },
  },
);
