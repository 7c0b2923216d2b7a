/** ListFunctionInstances: a page of a function's instances (no `task`), filtered by type and source. */
import { successText } from '../envelope.js';
import { parseInstanceQuery } from '../query-parser.js';
import type { ApiHandler } from './api-request.js';
import { requireApp } from './lookup.js';

/** Answers ListFunctionInstances. */
export const listFunctionInstances: ApiHandler = (ctx) => {
  const query = parseInstanceQuery(ctx.query);
  requireApp(ctx);
  const { output, ...filters } = query;
  const { totalCount, resultJson } = ctx.emulator.instances.listPage(
    {
      ...filters,
      appGroupIdentity: ctx.params.appGroupIdentity ?? '',
      functionName: ctx.params.functionName ?? '',
    },
    output,
    ctx.casing,
  );
  const envelope = { requestId: ctx.requestId, latency: ctx.latency(), totalCount };
  return { status: 200, body: successText(envelope, ctx.casing, resultJson) };
};
