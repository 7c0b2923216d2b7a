/** GetFunctionInstance: one instance, with its training state (`task`). */
import { MalformedResponseError } from '../errors.js';
import { readMeta } from '../read/envelope.js';
import { CasingTracker, pick } from '../read/fields.js';
import { type FunctionInstance, normalizeInstance } from '../read/instance.js';
import type { ResponseMeta } from '../types.js';
import { ENVELOPE_KEYS, INSTANCE_OUTPUT_LEVELS } from '../wire/index.js';
import { defineOperation } from './define.js';
import { INSTANCE_NAMES } from './list-function-tasks.js';
import { checkNames, checkOneOf, checkParamsObject } from './params.js';

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

export const getFunctionInstance = defineOperation({
  operationId: 'GetFunctionInstance',
  method: 'GET',
  path: '/v4/openapi/app-groups/{appGroupIdentity}/functions/{functionName}/instances/{instanceName}',
  validate(params: GetFunctionInstanceParams) {
    checkParamsObject(params, 'appGroupIdentity, functionName and instanceName');
    const path = checkNames(params, INSTANCE_NAMES);
    const query =
      params.output === undefined
        ? {}
        : { output: checkOneOf('output', params.output, INSTANCE_OUTPUT_LEVELS) };
    return { wire: { path, query }, context: undefined };
  },
  read(body, answer): FunctionInstanceResult {
    const tracker = new CasingTracker();
    const result = pick(body, ENVELOPE_KEYS, 'result', tracker);
    if (result === undefined) {
      throw new MalformedResponseError(
        answer.status,
        answer.text,
        'neither "result" nor "Result" is present',
      );
    }
    const instance = normalizeInstance(result, 'result', tracker, answer.status, answer.text);
    return { instance, ...readMeta(body, tracker) };
  },
});
