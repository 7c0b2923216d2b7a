/**
 * GetFunctionCurrentVersion: the version a function's new instances of a model type get (no app group: versions
 * belong to the function). Only `modelType` is required; `functionType` defaults to `PAAS` at the service.
 */

import { type FUNCTION_TYPES, type MODEL_TYPES, OPERATION_ID } from '@fntasks/protocol';
import type { components } from '../generated/openapi.js';
import { defineOperation } from './define.js';
import { readVersion } from './get-function-version.js';

/** Parameters of `getFunctionCurrentVersion`. */
export interface GetFunctionCurrentVersionParams {
  functionName: string;
  modelType: (typeof MODEL_TYPES)[number];
  /** `PAAS` (the service's default) or `SAAS`. */
  functionType?: (typeof FUNCTION_TYPES)[number];
  /** `education`, `ecommerce` or `community` (left out: general). */
  domain?: components['parameters']['domain'];
  /** e.g. `general`, `question`, `it`. */
  category?: string;
}

export const getFunctionCurrentVersion = defineOperation<GetFunctionCurrentVersionParams>()(
  OPERATION_ID.GetFunctionCurrentVersion,
  { read: readVersion },
);
