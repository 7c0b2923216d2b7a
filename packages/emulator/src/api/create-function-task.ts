/**
 * CreateFunctionTask: starts the instance's next generation now (planned by the run model, like a cron run).
 * Envelope only: the answer carries no generation (clients find the run by listing). 400 Task.IsRunning while a
 * run is in progress.
 */
import { envelopeOnlyText } from '../envelope.js';
import type { ApiHandler } from './api-request.js';
import { ApiError } from './api-request.js';
import { instanceKeyOf, requireInstanceId } from './lookup.js';

/** Answers CreateFunctionTask. */
export const createFunctionTask: ApiHandler = (ctx) => {
  const instance = requireInstanceId(ctx);
  const running = ctx.emulator.store.runningTask(instance.id);
  if (running) {
    throw new ApiError(
      400,
      'Task.IsRunning',
      `A task of instance ${instance.instanceName} is running (run ${running.run_id}); wait for it to end.`,
    );
  }
  ctx.emulator.startRun({ id: instance.id, key: instanceKeyOf(ctx) }, ctx.now);
  return {
    status: 200,
    body: envelopeOnlyText({ requestId: ctx.requestId, latency: ctx.latency() }, ctx.casing),
  };
};
