/** GetFunctionTask: one run of an instance, by its generation. */

import { OPERATION_ID } from '@fntasks/protocol';
import { readSingleResult } from '../read/single-result.js';
import { normalizeTask } from '../read/task.js';
import type { FunctionTask, ResponseMeta } from '../types.js';
import { defineOperation } from './define.js';

/** Parameters of `getFunctionTask`. */
export interface GetFunctionTaskParams {
  appGroupIdentity: string;
  functionName: string;
  instanceName: string;
  /** The run's generation (iteration number), e.g. `3` or `"3"`. */
  generation: string | number;
}

/** GetFunctionTask's result: the run and the envelope facts. */
export interface FunctionTaskResult extends ResponseMeta {
  readonly task: FunctionTask;
}

export const getFunctionTask = defineOperation<GetFunctionTaskParams>()(OPERATION_ID.GetFunctionTask, {
  read(body, answer): FunctionTaskResult {
    const { item, meta } = readSingleResult(body, answer, normalizeTask);
    return { task: item, ...meta };
  },
});
