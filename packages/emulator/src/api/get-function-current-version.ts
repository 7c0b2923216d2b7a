/**
 * GetFunctionCurrentVersion: the current version of the function for `modelType` and `functionType` (default
 * PAAS). `domain` and `category` are accepted and checked, but the emulator's catalogue has one line per
 * (function, modelType, functionType) whatever they say (assumed). 404 Version.NotExist when there is none.
 */
import type { OPERATION_ID } from '@fntasks/protocol';
import { versionWire } from '../versions/version-wire.js';
import { ApiError, type ApiHandler, resultAnswer } from './api-request.js';

/** Answers GetFunctionCurrentVersion. */
export const getFunctionCurrentVersion: ApiHandler<typeof OPERATION_ID.GetFunctionCurrentVersion> = (ctx) => {
  const functionName = ctx.params.functionName ?? '';
  const { modelType, functionType } = ctx.query;
  const row = ctx.emulator.versions.current(functionName, modelType, functionType);
  if (!row) {
    throw new ApiError(
      404,
      'Version.NotExist',
      `version not exist: function ${functionName} has no current version for modelType ${modelType}, functionType ${functionType}.`,
    );
  }
  return resultAnswer(ctx, versionWire(row, ctx.casing));
};
