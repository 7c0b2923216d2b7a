/**
 * DeleteFunctionTask: deletes one run by its generation. A running run is the error `Task.UnableDelete`, an
 * unknown one `Task.NotExist`. The answer is the envelope only. Safe to repeat: when an attempt was sent and got
 * no clear answer, the retry's `Task.NotExist` means the first one deleted it, and the call succeeds with
 * `alreadyDeleted: true`.
 */
import { OPERATION_ID } from '@fntasks/protocol';
import { readMeta } from '../read/envelope.js';
import { CasingTracker } from '../read/fields.js';
import type { ResponseMeta } from '../types.js';
import { defineOperation } from './define.js';
import type { GetFunctionTaskParams } from './get-function-task.js';

/** Parameters of `deleteFunctionTask`: the same as `getFunctionTask`'s. */
export type DeleteFunctionTaskParams = GetFunctionTaskParams;

/** The answer of `deleteFunctionTask`. */
export interface DeleteFunctionTaskResult extends ResponseMeta {
  /**
   * True when an earlier attempt was sent without a clear answer and the retry found the run gone
   * (`Task.NotExist`): that earlier attempt deleted it. The envelope fields are then the retry's error envelope.
   */
  readonly alreadyDeleted: boolean;
}

/** The code a repeat answers once the run is gone. */
const GONE = 'Task.NotExist';

export const deleteFunctionTask = defineOperation<DeleteFunctionTaskParams>()(
  OPERATION_ID.DeleteFunctionTask,
  {
    read: (body): DeleteFunctionTaskResult => ({
      ...readMeta(body, new CasingTracker()),
      alreadyDeleted: false,
    }),
    repeat: {
      doneCode: GONE,
      read: (body): DeleteFunctionTaskResult => ({
        ...readMeta(body, new CasingTracker()),
        alreadyDeleted: true,
      }),
    },
  },
);
