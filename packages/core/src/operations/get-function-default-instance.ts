/**
 * GetFunctionDefaultInstance: the name of a function's default instance, read from `result.instanceName` only
 * (the body also carries stray top-level `InstanceName`/`FunctionName` with unrelated values, as the SDK models
 * them). No default is the error `DefaultInstance.NotExist`.
 */

import { DEFAULT_INSTANCE_KEYS, ENVELOPE_KEYS, OPERATION_ID } from '@fntasks/protocol';
import { MalformedResponseError } from '../errors.js';
import { readMeta } from '../read/envelope.js';
import { CasingTracker, isRecord, pick } from '../read/fields.js';
import type { ResponseMeta } from '../types.js';
import { defineOperation } from './define.js';

/** Parameters of `getFunctionDefaultInstance`. */
export interface GetFunctionDefaultInstanceParams {
  appGroupIdentity: string;
  functionName: string;
}

/** GetFunctionDefaultInstance's result. */
export interface DefaultInstanceResult extends ResponseMeta {
  readonly instanceName: string;
}

export const getFunctionDefaultInstance = defineOperation<GetFunctionDefaultInstanceParams>()(
  OPERATION_ID.GetFunctionDefaultInstance,
  {
    read(body, answer): DefaultInstanceResult {
      const tracker = new CasingTracker();
      const result = pick(body, ENVELOPE_KEYS, 'result', tracker);
      const instanceName = isRecord(result)
        ? pick(result, DEFAULT_INSTANCE_KEYS, 'instanceName', tracker)
        : undefined;
      if (typeof instanceName !== 'string' || instanceName === '') {
        throw new MalformedResponseError(
          answer.status,
          answer.text,
          'no "result.instanceName" in a success answer',
        );
      }
      return { instanceName, ...readMeta(body, tracker) };
    },
  },
);
