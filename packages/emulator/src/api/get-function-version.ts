/** GetFunctionVersion: one version of the function by its id; 404 Version.NotExist (the page's code). */
import { versionWire } from '../versions/version-wire.js';
import { ApiError, type ApiHandler, resultAnswer } from './api-request.js';

/** Answers GetFunctionVersion. */
export const getFunctionVersion: ApiHandler = (ctx) => {
  const functionName = ctx.params.functionName ?? '';
  const versionId = ctx.params.versionId ?? '';
  if (!/^\d+$/.test(versionId) || !Number.isSafeInteger(Number(versionId))) {
    throw new ApiError(
      400,
      'InvalidParameter',
      `Parameter versionId must be a non-negative integer, got ${JSON.stringify(versionId)}.`,
    );
  }
  const row = ctx.emulator.versions.get(functionName, Number(versionId));
  if (!row) {
    throw new ApiError(
      404,
      'Version.NotExist',
      `version not exist: version ${versionId} of function ${functionName}.`,
    );
  }
  return resultAnswer(ctx, versionWire(row, ctx.casing));
};
