/**
 * CreateFunctionInstance: creates an instance of a function (a camelCase JSON body). Not safe to repeat: a write
 * that went out without a clear answer ends in WriteOutcomeUnknownError, never sent twice. A taken name is the
 * error `Instance.Duplicated`. The answer is the envelope only.
 */
import { OPERATION_ID } from '@fntasks/protocol';
import { readEnvelopeOnly } from '../read/envelope.js';
import { defineOperation } from './define.js';
import {
  type FunctionType,
  INSTANCE_BODY_RULES,
  type InstanceSettings,
  type ModelType,
} from './instance-body.js';

/** Parameters of `createFunctionInstance`. */
export interface CreateFunctionInstanceParams extends InstanceSettings {
  appGroupIdentity: string;
  functionName: string;
  /** 1 to 30 letters, digits or `_`, starting with a letter (case-sensitive). */
  instanceName: string;
  modelType: ModelType;
  /** `PAAS` (the service's default) or `SAAS`. */
  functionType?: FunctionType;
}

export const createFunctionInstance = defineOperation<CreateFunctionInstanceParams>()(
  OPERATION_ID.CreateFunctionInstance,
  {
    rules: { body: INSTANCE_BODY_RULES },
    read: readEnvelopeOnly,
  },
);
