/** ListFunctionTasks: one page of an instance's tasks, newest first (the store's read algorithms). */

import type { OPERATION_ID } from '@fntasks/protocol';
import { successText } from '../envelope.js';
import type { TaskFilter } from '../store/types.js';
import type { ApiHandler } from './api-request.js';
import { instanceKeyOf, requireInstance } from './lookup.js';

/** Answers ListFunctionTasks. */
export const listFunctionTasks: ApiHandler<typeof OPERATION_ID.ListFunctionTasks> = (ctx) => {
  const { status, startTime, endTime, pageNumber, pageSize } = ctx.query;
  const filter: TaskFilter = {};
  if (status !== undefined) filter.status = status;
  if (startTime !== undefined) filter.startTime = startTime;
  if (endTime !== undefined) filter.endTime = endTime;
  const found = ctx.emulator.store.findInstance(instanceKeyOf(ctx));
  const id = 'id' in found ? found.id : requireInstance(ctx).id;
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
