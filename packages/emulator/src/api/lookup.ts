/** The lookups every operation starts with, and the service's errors when they fail. */
import type { InstanceRow } from '../instances/instance-row.js';
import type { InstanceKey, TaskRow } from '../store/types.js';
import { type ApiContext, ApiError } from './api-request.js';

/** The app group must exist (the emulator knows app groups by their instances): 404 App.NotFound. */
export function requireApp(ctx: ApiContext): void {
  const app = ctx.params.appGroupIdentity ?? '';
  if (!ctx.emulator.store.appExists(app)) throw new ApiError(404, 'App.NotFound', `App not found: ${app}`);
}

/** The three names of the path. */
export function instanceKeyOf(ctx: ApiContext): InstanceKey {
  return {
    appGroupIdentity: ctx.params.appGroupIdentity ?? '',
    functionName: ctx.params.functionName ?? '',
    instanceName: ctx.params.instanceName ?? '',
  };
}

/** The instance of the path: 404 App.NotFound or Instance.NotExist when it is not there. */
export function requireInstance(ctx: ApiContext): InstanceRow {
  const key = instanceKeyOf(ctx);
  const row = ctx.emulator.instances.get(key);
  if (row) return row;
  requireApp(ctx);
  throw new ApiError(
    404,
    'Instance.NotExist',
    `Instance not found: function ${key.functionName}, instance ${key.instanceName} in app ${key.appGroupIdentity}`,
  );
}

/**
 * The id of the path's instance, through the store's cached lookup (the task operations need no attributes):
 * 404 App.NotFound or Instance.NotExist when it is not there.
 */
export function requireInstanceId(ctx: ApiContext): {
  id: number;
  instanceName: string;
  functionName: string;
} {
  const key = instanceKeyOf(ctx);
  const found = ctx.emulator.store.findInstance(key);
  const id = 'id' in found ? found.id : requireInstance(ctx).id;
  return { id, instanceName: key.instanceName, functionName: key.functionName };
}

/** The task of the path's generation: 400 InvalidParameter for a non-number, 404 Task.NotExist when absent. */
export function requireTask(ctx: ApiContext, instance: { id: number; instanceName: string }): TaskRow {
  const generation = ctx.params.generation ?? '';
  if (!/^\d+$/.test(generation)) {
    throw new ApiError(
      400,
      'InvalidParameter',
      `Parameter generation must be a non-negative integer, got ${JSON.stringify(generation)}.`,
    );
  }
  const task = ctx.emulator.store.taskByGeneration(instance.id, generation);
  if (task) return task;
  throw new ApiError(
    404,
    'Task.NotExist',
    `Task not found: generation ${generation} of instance ${instance.instanceName}`,
  );
}

/** A field a handler found wrong inside the body (the table checks only top-level fields): 400 InvalidParameter. */
export function invalidParameter(error: unknown): ApiError {
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError(400, 'InvalidParameter', `Parameter ${message}.`);
}
