/**
 * CreateFunctionTask: starts a run of an instance. POST without a body (signed with the empty body's hash); the
 * answer is the envelope only, with no generation (see `startFunctionTask` for finding the run it started). A
 * run in progress is the error `Task.IsRunning`.
 */
import { OPERATION_ID } from '@fntasks/protocol';
import { readEnvelopeOnly } from '../read/envelope.js';
import { defineOperation } from './define.js';

/** Parameters of `createFunctionTask`. */
export interface CreateFunctionTaskParams {
  appGroupIdentity: string;
  functionName: string;
  instanceName: string;
}

export const createFunctionTask = defineOperation<CreateFunctionTaskParams>()(
  OPERATION_ID.CreateFunctionTask,
  {
    read: readEnvelopeOnly,
  },
);
