/**
 * The data the provider states seed, computed from their parameters. Deterministic: the same parameters give
 * the same tasks and instances, so a failed verification can be replayed.
 */
import type { LoadInstance } from '../instances/instance-input.js';
import type { LoadResource } from '../resources/resource-input.js';
import type { LoadTask } from '../task-input.js';
import type { LoadVersion } from '../versions/version-input.js';

/** A task as the emulator loads it (camelCase wire names). */
export type SeedTask = LoadTask;

/** An instance as the emulator loads it. */
export type SeedInstance = LoadInstance;

/** appGroupIdentity / functionName / instanceName. */
export interface InstanceRef {
  appGroupIdentity: string;
  functionName: string;
  instanceName: string;
}

/** When the first seeded task starts: 2025-11-28T01:00:00Z. Tasks follow every 30 minutes, 20 minutes long. */
export const FIRST_TASK_START = Date.parse('2025-11-28T01:00:00Z');
const TASK_SPACING_MS = 30 * 60_000;
const TASK_LENGTH_MS = 20 * 60_000;
/** The progress of every seeded running task. */
export const RUNNING_PROGRESS = 42;

/** The runId the service gives a run started at `startTime` (`trigger__2025-11-28T01:00:00`). */
function runIdAt(startTime: number): string {
  return `trigger__${new Date(startTime).toISOString().slice(0, 19)}`;
}

/**
 * `succeeded + failed` finished tasks then `running` running ones, oldest first, generations 1, 2, 3, …. The
 * failed tasks are spread evenly among the finished ones (12 and 3 fail the 5th, 10th and 15th). A running task
 * has `endTime` 0 and no planned end, so it stays running whatever the emulator clock does.
 */
export function seedTasks(
  instance: InstanceRef,
  counts: { succeeded: number; failed: number; running: number },
): SeedTask[] {
  const finished = counts.succeeded + counts.failed;
  const total = finished + counts.running;
  return Array.from({ length: total }, (_, i) => {
    const startTime = FIRST_TASK_START + i * TASK_SPACING_MS;
    const base = { ...instance, runId: runIdAt(startTime), generation: String(i + 1), startTime };
    if (i >= finished) {
      return { ...base, status: 'running', progress: RUNNING_PROGRESS, endTime: 0, extendInfo: '{}' };
    }
    const failed =
      Math.floor(((i + 1) * counts.failed) / finished) > Math.floor((i * counts.failed) / finished);
    return failed
      ? {
          ...base,
          status: 'failed',
          progress: 60,
          endTime: startTime + TASK_LENGTH_MS,
          extendInfo: '{"errors":["training diverged"]}',
        }
      : {
          ...base,
          status: 'success',
          progress: 100,
          endTime: startTime + TASK_LENGTH_MS,
          extendInfo: `{"recall":${80 + (i % 20)},"errors":[]}`,
        };
  });
}

/** An instance with every documented field set (a `ctr` model trained from a TensorFlow checkpoint). */
export function seedInstance(instance: InstanceRef, index = 0): SeedInstance {
  return {
    ...instance,
    modelType: 'tf_checkpoint',
    functionType: 'PAAS',
    status: 'available',
    source: 'user',
    createTime: Date.parse('2025-11-01T08:00:00Z') + index * 60_000,
    cron: '',
    description: `contract test instance ${instance.instanceName}`,
    createParameters: [{ name: 'fg_json', value: '{}' }],
    usageParameters: [],
    extendInfo: '{"dataReport":{},"errors":{}}',
    versionId: 100,
    belongs: { category: 'general', domain: '', language: '' },
  };
}

/** The version `a version {versionId} of function {functionName}` loads, current for its line. */
export function seedVersion(params: Record<string, unknown>): LoadVersion {
  const versionId = Number(params.versionId);
  return {
    functionName: String(params.functionName),
    versionId,
    versionName: `v${versionId}`,
    modelType: String(params.modelType),
    functionType: String(params.functionType),
    current: true,
    versionConfig: {
      createParameters: [
        {
          name: 'fg_json',
          required: 'true',
          formItemProps: '{"label":"Feature generator","required":true}',
          componentProps: '{"placeholder":"a feature generator resource"}',
        },
      ],
      depends: [],
      usageParameters: [],
    },
  };
}

/** appGroupIdentity / functionName / resourceName. */
export interface ResourceRef {
  appGroupIdentity: string;
  functionName: string;
  resourceName: string;
}

/**
 * A resource of the given type with every documented field set: a raw_file holds `a,b,c`, a feature_generator
 * one generator (`id_feature` of the item feature `user_id`, output `user_id_feature`).
 */
export function seedResource(resource: ResourceRef, resourceType: string): LoadResource {
  const time = Date.parse('2025-11-01T08:00:00Z');
  return {
    ...resource,
    resourceType,
    description: `contract test resource ${resource.resourceName}`,
    data:
      resourceType === 'feature_generator'
        ? {
            generators: [
              {
                generator: 'id_feature',
                input: { features: [{ name: 'user_id', type: 'item' }] },
                output: 'user_id_feature',
              },
            ],
          }
        : { content: 'a,b,c' },
    createTime: time,
    modifyTime: time,
  };
}
