/** ListFunctionInstances: a page of a function's instances (no `task`), filtered by type and source. */
import type { OPERATION_ID } from '@fntasks/protocol';
import { successText } from '../envelope.js';
import type { ApiHandler } from './api-request.js';
import { requireApp } from './lookup.js';

/** Answers ListFunctionInstances. */
export const listFunctionInstances: ApiHandler<typeof OPERATION_ID.ListFunctionInstances> = (ctx) => {
  requireApp(ctx);
  const { output, functionType, modelType, source, pageNumber, pageSize } = ctx.query;
  const { totalCount, resultJson } = ctx.emulator.instances.listPage(
    {
      ...(functionType === undefined ? {} : { functionType }),
      ...(modelType === undefined ? {} : { modelType }),
      source,
      pageNumber,
      pageSize,
      appGroupIdentity: ctx.params.appGroupIdentity ?? '',
      functionName: ctx.params.functionName ?? '',
    },
    output,
    ctx.casing,
  );
  const envelope = { requestId: ctx.requestId, latency: ctx.latency(), totalCount };
  return { status: 200, body: successText(envelope, ctx.casing, resultJson) };
};
