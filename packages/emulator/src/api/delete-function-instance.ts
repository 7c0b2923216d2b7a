/**
 * DeleteFunctionInstance: removes the instance and its runs. 400 Instance.IsRunning while a run is in progress
 * (assumed: the service's training DAG cannot lose its instance mid-run); deleting the default instance is
 * allowed and leaves the function without a default (assumed). 404 Instance.NotExist (also for a repeat).
 */
import { ApiError, type ApiHandler, envelopeAnswer } from './api-request.js';
import { requireInstance } from './lookup.js';

/** Answers DeleteFunctionInstance. */
export const deleteFunctionInstance: ApiHandler = (ctx) => {
  const row = requireInstance(ctx);
  const running = ctx.emulator.store.runningTask(row.id);
  if (running) {
    throw new ApiError(
      400,
      'Instance.IsRunning',
      `Instance ${row.instance_name} has a running task (run ${running.run_id}) and cannot be deleted; wait for it to end.`,
    );
  }
  ctx.emulator.deleteInstance(row);
  return envelopeAnswer(ctx);
};
