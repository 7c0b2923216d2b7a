/** ListFunctionInstances: a page of a function's instances (no `task`), filtered by type and source. */
import { successText } from '../envelope.js';
import { instanceWire } from '../instances/instance-wire.js';
import { parseInstanceQuery } from '../query-parser.js';
import type { ApiHandler } from './api-request.js';
import { requireApp } from './lookup.js';

/** Answers ListFunctionInstances. */
export const listFunctionInstances: ApiHandler = (ctx) => {
  const query = parseInstanceQuery(ctx.query);
  requireApp(ctx);
  const { totalCount, rows } = ctx.emulator.instances.list({
    ...query,
    appGroupIdentity: ctx.params.appGroupIdentity ?? '',
    functionName: ctx.params.functionName ?? '',
  });
  const result = JSON.stringify(rows.map((row) => instanceWire(row, query.output, ctx.casing)));
  const envelope = { requestId: ctx.requestId, latency: ctx.latency(), totalCount };
  return { status: 200, body: successText(envelope, ctx.casing, result) };
};
