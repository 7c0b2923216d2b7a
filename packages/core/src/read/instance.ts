/**
 * A function instance (ListFunctionInstances item, GetFunctionInstance result), normalised from either casing.
 * Its `extendInfo` is a JSON string too, but its `errors` is an object (`{"dataReport":{},"errors":{}}`), so it
 * stays an untyped record. `task` comes with GetFunctionInstance only; its `lastRunTime` is a duration.
 */

import { BELONGS_KEYS, INSTANCE_KEYS, INSTANCE_TASK_KEYS, PARAMETER_KEYS } from '@fntasks/protocol';
import { MalformedResponseError } from '../errors.js';
import { previewJson } from '../json-bounds.js';
import type { InstanceWarning } from '../types.js';
import { parseExtendInfo } from './extend-info.js';
import { type CasingTracker, integerField, isRecord, pick, stringField, toNumber } from './fields.js';

/** One name/value pair of `createParameters` / `usageParameters`. */
export interface InstanceParameter {
  readonly name: string;
  readonly value: string;
}

/** Where an instance belongs (`belongs`). */
export interface InstanceBelongs {
  readonly category: string;
  readonly domain: string;
  readonly language: string;
}

/** An instance's training state, as GetFunctionInstance reports it. */
export interface InstanceTaskState {
  /** `success | failed | untrained | pending | running`, or an undocumented value as sent. */
  readonly dagStatus: string;
  /** How long the latest run took, in ms (a duration, not a point in time); `null` when absent. */
  readonly lastRunTime: number | null;
  /** Progress of the current run in percent (the page's sample has it; the SDK does not); `null` when absent. */
  readonly progress: number | null;
}

/** One function instance, normalised from either wire casing. */
export interface FunctionInstance {
  readonly instanceName: string;
  readonly functionName: string;
  /** `PAAS` or `SAAS`; `null` when absent. */
  readonly functionType: string | null;
  /** `tf_checkpoint | pop | offline_inference | near_realtime | text`; `null` when absent. */
  readonly modelType: string | null;
  readonly versionId: number | null;
  readonly description: string;
  /** `available` or `unavailable`; `null` when absent. */
  readonly status: string | null;
  /** `user` or `builtin`; `null` when absent. */
  readonly source: string | null;
  /** Creation time, epoch ms; `null` when absent. */
  readonly createTime: number | null;
  /** The training schedule (5 cron fields); `''` for no periodic training. */
  readonly cron: string;
  readonly belongs: InstanceBelongs | null;
  readonly createParameters: readonly InstanceParameter[];
  readonly usageParameters: readonly InstanceParameter[];
  /** `extendInfo` parsed (its `errors` is an object); `null` when absent, invalid or too deep. */
  readonly extendInfo: { readonly [key: string]: unknown } | null;
  /** `extendInfo` exactly as the wire carried it; `null` when absent. */
  readonly extendInfoRaw: string | null;
  /** The training state: GetFunctionInstance only, `null` otherwise. */
  readonly task: InstanceTaskState | null;
  /** What the normaliser tolerated for this instance; empty for a clean one. */
  readonly warnings: readonly InstanceWarning[];
}

/** Normalises one instance; `where` names it in an error (`result[3]`, `result`). */
export function normalizeInstance(
  item: unknown,
  where: string,
  tracker: CasingTracker,
  httpStatus: number,
  rawText: string,
): FunctionInstance {
  if (!isRecord(item)) {
    throw new MalformedResponseError(httpStatus, rawText || previewJson(item), `${where} is not an object`);
  }
  const warnings: InstanceWarning[] = [];
  const read = (name: keyof typeof INSTANCE_KEYS) => pick(item, INSTANCE_KEYS, name, tracker);
  const optionalString = (name: keyof typeof INSTANCE_KEYS) => {
    const value = read(name);
    return value == null ? null : stringField(value, name, warnings);
  };
  const optionalNumber = (name: keyof typeof INSTANCE_KEYS) => {
    const value = read(name);
    return value == null ? null : (integerField(value, name, warnings) ?? null);
  };
  const extend = parseExtendInfo(read('extendInfo'), warnings);
  return {
    instanceName: stringField(read('instanceName'), 'instanceName', warnings) ?? '',
    functionName: stringField(read('functionName'), 'functionName', warnings) ?? '',
    functionType: optionalString('functionType'),
    modelType: optionalString('modelType'),
    versionId: optionalNumber('versionId'),
    description: optionalString('description') ?? '',
    status: optionalString('status'),
    source: optionalString('source'),
    createTime: optionalNumber('createTime') || null,
    cron: optionalString('cron') ?? '',
    belongs: readBelongs(read('belongs'), tracker),
    createParameters: readParameters(read('createParameters'), 'createParameters', tracker, warnings),
    usageParameters: readParameters(read('usageParameters'), 'usageParameters', tracker, warnings),
    extendInfo: extend.value,
    extendInfoRaw: extend.raw,
    task: readTaskState(read('task'), tracker),
    warnings,
  };
}

function readBelongs(value: unknown, tracker: CasingTracker): InstanceBelongs | null {
  if (!isRecord(value)) return null;
  const text = (name: keyof typeof BELONGS_KEYS) => {
    const found = pick(value, BELONGS_KEYS, name, tracker);
    return found == null ? '' : String(found);
  };
  return { category: text('category'), domain: text('domain'), language: text('language') };
}

function readParameters(
  value: unknown,
  field: string,
  tracker: CasingTracker,
  warnings: InstanceWarning[],
): InstanceParameter[] {
  if (value == null) return [];
  if (!Array.isArray(value)) {
    warnings.push({ kind: 'coerced-field', field, value: previewJson(value, 80) });
    return [];
  }
  return value.filter(isRecord).map((entry) => {
    const name = pick(entry, PARAMETER_KEYS, 'name', tracker);
    const parameterValue = pick(entry, PARAMETER_KEYS, 'value', tracker);
    return {
      name: name == null ? '' : String(name),
      value: parameterValue == null ? '' : String(parameterValue),
    };
  });
}

function readTaskState(value: unknown, tracker: CasingTracker): InstanceTaskState | null {
  if (!isRecord(value)) return null;
  const dagStatus = pick(value, INSTANCE_TASK_KEYS, 'dagStatus', tracker);
  return {
    dagStatus: dagStatus == null ? '' : String(dagStatus),
    lastRunTime: toNumber(pick(value, INSTANCE_TASK_KEYS, 'lastRunTime', tracker)) ?? null,
    progress: toNumber(pick(value, INSTANCE_TASK_KEYS, 'progress', tracker)) ?? null,
  };
}
