/**
 * An instance row as the wire carries it, in either casing, with the key tables of `@fntasks/protocol`. How much
 * each `output` level shows is our documented choice (the pages name the levels, not their fields):
 * `simple` the scalar attributes; `normal` (the default) adds belongs, cron and the parameters; `detail` adds
 * extendInfo. GetFunctionInstance adds `task` at every level.
 */
import {
  BELONGS_KEYS,
  INSTANCE_KEYS,
  INSTANCE_TASK_KEYS,
  PARAMETER_KEYS,
  toWireCasing,
  type WireCasing,
} from '@fntasks/protocol';
import type { InstanceRow } from './instance-row.js';

/** How much of an instance to show. */
export type OutputLevel = 'simple' | 'normal' | 'detail';

/** The state of an instance's training, as GetFunctionInstance's `task` reports it. */
export interface InstanceTaskState {
  dagStatus: string;
  /** The most recent run's duration in ms (elapsed so far while it runs); 0 when it never ran. */
  lastRunTime: number;
  progress: number;
}

/** Renders one instance in the given casing. */
export function instanceWire(
  row: InstanceRow,
  output: OutputLevel,
  casing: WireCasing,
  task?: InstanceTaskState,
): Record<string, unknown> {
  const fields: Partial<Record<keyof typeof INSTANCE_KEYS, unknown>> = {
    instanceName: row.instance_name,
    functionName: row.function_name,
    functionType: row.function_type,
    modelType: row.model_type,
    description: row.description,
    status: row.status,
    source: row.source,
    createTime: row.create_time,
  };
  if (row.version_id !== null) fields.versionId = row.version_id;
  if (output !== 'simple') {
    if (row.belongs !== null) fields.belongs = toWireCasing(BELONGS_KEYS, JSON.parse(row.belongs), casing);
    fields.cron = row.cron;
    fields.createParameters = parameters(row.create_parameters, casing);
    fields.usageParameters = parameters(row.usage_parameters, casing);
  }
  if (output === 'detail') fields.extendInfo = row.extend_info;
  if (task) fields.task = toWireCasing(INSTANCE_TASK_KEYS, { ...task }, casing);
  return toWireCasing(INSTANCE_KEYS, fields, casing);
}

function parameters(json: string, casing: WireCasing): Record<string, unknown>[] {
  return (JSON.parse(json) as { name: string; value: string }[]).map((p) =>
    toWireCasing(PARAMETER_KEYS, p, casing),
  );
}
