/** GetFunctionVersion: one version of a function's model by its id. An unknown id is the error `Version.NotExist`. */

import { OPERATION_ID } from '@fntasks/protocol';
import { readSingleResult } from '../read/single-result.js';
import { type FunctionVersion, normalizeVersion } from '../read/version.js';
import type { ResponseMeta } from '../types.js';
import { defineOperation } from './define.js';

/** Parameters of `getFunctionVersion`. */
export interface GetFunctionVersionParams {
  functionName: string;
  /** The version's id: a whole number, e.g. `101` or `"101"`. */
  versionId: number | string;
}

/** GetFunctionVersion's and GetFunctionCurrentVersion's result. */
export interface FunctionVersionResult extends ResponseMeta {
  readonly version: FunctionVersion;
}

/** Reads `result` as one version. */
export function readVersion(
  body: Parameters<typeof readSingleResult>[0],
  answer: Parameters<typeof readSingleResult>[1],
): FunctionVersionResult {
  const { item, meta } = readSingleResult(body, answer, normalizeVersion);
  return { version: item, ...meta };
}

export const getFunctionVersion = defineOperation<GetFunctionVersionParams>()(
  OPERATION_ID.GetFunctionVersion,
  {
    read: readVersion,
  },
);
