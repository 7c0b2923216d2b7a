/** GetFunctionTask: one task by generation (the same 8 fields as a list item). */
import { successText } from '../envelope.js';
import type { ApiHandler } from './api-request.js';
import { requireInstance, requireTask } from './lookup.js';

/** Answers GetFunctionTask. */
export const getFunctionTask: ApiHandler = (ctx) => {
  const instance = requireInstance(ctx);
  const task = requireTask(ctx, instance);
  const json = ctx.emulator.store.taskJson(task.id, instance.function_name, ctx.now, ctx.casing);
  return {
    status: 200,
    body: successText({ requestId: ctx.requestId, latency: ctx.latency() }, ctx.casing, json),
  };
};
