/**
 * GetFunctionDefaultInstance: `result.instanceName`; the PascalCase shape also has the stray top-level
 * `InstanceName`/`FunctionName` the SDK models (sent with the same names, so nothing misleads a reader; clients read
 * `Result` only). The camelCase shape has none, as the page's sample and the spec's camelCase schema. 404
 * DefaultInstance.NotExist when the function has none.
 */
import { DEFAULT_INSTANCE_KEYS, DEFAULT_INSTANCE_STRAY_KEYS, toWireCasing } from '@fntasks/protocol';
import { successText } from '../envelope.js';
import type { ApiHandler } from './api-request.js';
import { ApiError } from './api-request.js';
import { requireApp } from './lookup.js';

/** Answers GetFunctionDefaultInstance. */
export const getFunctionDefaultInstance: ApiHandler = (ctx) => {
  requireApp(ctx);
  const app = ctx.params.appGroupIdentity ?? '';
  const functionName = ctx.params.functionName ?? '';
  const row = ctx.emulator.instances.defaultInstance(app, functionName);
  if (!row) {
    throw new ApiError(
      404,
      'DefaultInstance.NotExist',
      `default instance not set for function ${functionName}.`,
    );
  }
  const result = JSON.stringify(
    toWireCasing(DEFAULT_INSTANCE_KEYS, { instanceName: row.instance_name }, ctx.casing),
  );
  const stray =
    ctx.casing === 'pascal'
      ? toWireCasing(
          DEFAULT_INSTANCE_STRAY_KEYS,
          { instanceName: row.instance_name, functionName },
          ctx.casing,
        )
      : undefined;
  return {
    status: 200,
    body: successText({ requestId: ctx.requestId, latency: ctx.latency() }, ctx.casing, result, stray),
  };
};
