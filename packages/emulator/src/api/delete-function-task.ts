/** DeleteFunctionTask: removes an ended run; 400 Task.UnableDelete for a running one, 404 Task.NotExist. */
import { envelopeOnlyText } from '../envelope.js';
import type { ApiHandler } from './api-request.js';
import { ApiError } from './api-request.js';
import { requireInstanceId, requireTask } from './lookup.js';

/** Answers DeleteFunctionTask. */
export const deleteFunctionTask: ApiHandler = (ctx) => {
  const instance = requireInstanceId(ctx);
  const task = requireTask(ctx, instance);
  if (task.status === 'running') {
    throw new ApiError(
      400,
      'Task.UnableDelete',
      `Generation ${ctx.params.generation} of instance ${instance.instanceName} is running and cannot be deleted; wait for it to end.`,
    );
  }
  ctx.emulator.store.deleteTask(task);
  return {
    status: 200,
    body: envelopeOnlyText({ requestId: ctx.requestId, latency: ctx.latency() }, ctx.casing),
  };
};
