/**
 * UpdateFunctionDefaultInstance: makes `instanceName` the function's default instance; an empty or absent name
 * cancels the default (the page). 400 DefaultInstance.SetFail for an instance the function does not have (the
 * page's code). Envelope only.
 */
import type { OPERATION_ID } from '@fntasks/protocol';
import { ApiError, type ApiHandler, envelopeAnswer } from './api-request.js';
import { requireApp } from './lookup.js';

/** Answers UpdateFunctionDefaultInstance. */
export const updateFunctionDefaultInstance: ApiHandler<typeof OPERATION_ID.UpdateFunctionDefaultInstance> = (
  ctx,
) => {
  requireApp(ctx);
  const key = {
    appGroupIdentity: ctx.params.appGroupIdentity ?? '',
    functionName: ctx.params.functionName ?? '',
  };
  const name = ctx.body.instanceName === undefined ? '' : String(ctx.body.instanceName);
  if (!ctx.emulator.instances.setDefault(key, name === '' ? null : name)) {
    throw new ApiError(
      400,
      'DefaultInstance.SetFail',
      `Cannot set the default instance: function ${key.functionName} has no instance ${name} in app ${key.appGroupIdentity}.`,
    );
  }
  return envelopeAnswer(ctx);
};
