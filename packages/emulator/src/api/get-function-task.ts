/** GetFunctionTask: one task by generation (the same 8 fields as a list item). */
import { successText } from '../envelope.js';
import type { ApiHandler } from './api-request.js';
import { requireInstanceId, requireTask } from './lookup.js';

/** Answers GetFunctionTask. */
export const getFunctionTask: ApiHandler = (ctx) => {
  const instance = requireInstanceId(ctx);
  const task = requireTask(ctx, instance);
  const json = ctx.emulator.store.taskJson(task.id, instance.functionName, ctx.now, ctx.casing);
  return {
    status: 200,
    body: successText({ requestId: ctx.requestId, latency: ctx.latency() }, ctx.casing, json),
  };
};
