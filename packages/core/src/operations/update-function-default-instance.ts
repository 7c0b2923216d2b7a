/**
 * UpdateFunctionDefaultInstance: makes an instance the function's default, or cancels the default with
 * `instanceName: ''` (PUT, a camelCase JSON body). An unknown instance is the error `DefaultInstance.SetFail`.
 * Safe to repeat. The answer is the envelope only.
 */
import { OPERATION_ID } from '@fntasks/protocol';
import { readEnvelopeOnly } from '../read/envelope.js';
import { defineOperation } from './define.js';

/** Parameters of `updateFunctionDefaultInstance`. */
export interface UpdateFunctionDefaultInstanceParams {
  appGroupIdentity: string;
  functionName: string;
  /** The instance to make the default; `''` cancels the default. */
  instanceName: string;
}

export const updateFunctionDefaultInstance = defineOperation<UpdateFunctionDefaultInstanceParams>()(
  OPERATION_ID.UpdateFunctionDefaultInstance,
  {
    // Required here though the spec leaves it optional: a body without it would cancel the default unasked.
    rules: { body: { instanceName: { required: true } } },
    read: readEnvelopeOnly,
  },
);
