/** ListFunctionTasks: one page of an instance's tasks, newest first (the store's read algorithms). */
import { successText } from '../envelope.js';
import { parseListQuery } from '../query-parser.js';
import type { ApiHandler } from './api-request.js';
import { instanceKeyOf, requireInstance } from './lookup.js';

/** Answers ListFunctionTasks. */
export const listFunctionTasks: ApiHandler = (ctx) => {
  const request = parseListQuery(instanceKeyOf(ctx), ctx.query);
  const found = ctx.emulator.store.findInstance(request.key);
  const id = 'id' in found ? found.id : requireInstance(ctx).id;
  const { filter, pageNumber, pageSize } = request;
  const page = ctx.emulator.store.queryPage({
    instanceId: id,
    filter,
    pageNumber,
    pageSize,
    now: ctx.now,
    casing: ctx.casing,
  });
  const envelope = { requestId: ctx.requestId, latency: ctx.latency(), totalCount: page.totalCount };
  return { status: 200, body: successText(envelope, ctx.casing, page.resultJson) };
};
