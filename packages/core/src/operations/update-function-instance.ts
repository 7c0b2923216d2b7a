/**
 * UpdateFunctionInstance: changes an instance's schedule, description or parameters (PUT, a camelCase JSON body;
 * only the fields given change). Safe to repeat: the same PUT leaves the same instance. The answer is the envelope only.
 */
import { OPERATION_ID } from '@fntasks/protocol';
import { readEnvelopeOnly } from '../read/envelope.js';
import { defineOperation } from './define.js';
import { INSTANCE_BODY_RULES, type InstanceSettings } from './instance-body.js';

/** Parameters of `updateFunctionInstance`: the instance, and the fields to change. */
export interface UpdateFunctionInstanceParams extends InstanceSettings {
  appGroupIdentity: string;
  functionName: string;
  instanceName: string;
}

export const updateFunctionInstance = defineOperation<UpdateFunctionInstanceParams>()(
  OPERATION_ID.UpdateFunctionInstance,
  {
    rules: { body: INSTANCE_BODY_RULES },
    read: readEnvelopeOnly,
  },
);
