/**
 * GetFunctionInstance: one instance with the state of its training: `task.dagStatus` (running, or the newest
 * run's status, or untrained), `lastRunTime` (the newest run's duration in ms, elapsed so far while it runs) and
 * `progress`.
 */
import type { OPERATION_ID } from '@fntasks/protocol';
import { successText } from '../envelope.js';
import { type InstanceTaskState, instanceWire } from '../instances/instance-wire.js';
import { progressAt } from '../store/task-writes.js';
import type { ApiContext, ApiHandler } from './api-request.js';
import { requireInstance } from './lookup.js';

function taskState(ctx: ApiContext, instanceId: number): InstanceTaskState {
  const newest = ctx.emulator.store.newestTask(instanceId);
  if (!newest) return { dagStatus: 'untrained', lastRunTime: 0, progress: 0 };
  if (newest.status === 'running') {
    return {
      dagStatus: 'running',
      lastRunTime: Math.max(0, ctx.now - newest.start_time),
      progress: progressAt(newest.progress, newest.start_time, newest.finish_at, ctx.now),
    };
  }
  return {
    dagStatus: newest.status,
    lastRunTime: Math.max(0, newest.end_time - newest.start_time),
    progress: newest.progress,
  };
}

/** Answers GetFunctionInstance. */
export const getFunctionInstance: ApiHandler<typeof OPERATION_ID.GetFunctionInstance> = (ctx) => {
  const { output } = ctx.query;
  const row = requireInstance(ctx);
  const result = JSON.stringify(instanceWire(row, output, ctx.casing, taskState(ctx, row.id)));
  return {
    status: 200,
    body: successText({ requestId: ctx.requestId, latency: ctx.latency() }, ctx.casing, result),
  };
};
