/** Validation of a loaded instance (`LoadInstance`: the control API and `loadInstances` share it). */
import {
  checkCron,
  FUNCTION_TYPES,
  INSTANCE_SOURCES,
  INSTANCE_STATUSES,
  MODEL_TYPES,
} from '@fntasks/protocol';
import { loadedRecord, oneOfField } from '../load-record.js';
import { checkPathName, show } from '../task-input.js';

/** One named parameter of an instance. */
export interface InstanceParameter {
  name: string;
  value: string;
}

/** An instance as `loadInstances` and `POST /__fntasks/instances` take it: camelCase wire names. */
export interface LoadInstance {
  appGroupIdentity: string;
  functionName: string;
  instanceName: string;
  /** tf_checkpoint | pop | offline_inference | near_realtime | text. */
  modelType: string;
  /** PAAS (default) | SAAS. */
  functionType?: string;
  /** available (default) | unavailable. */
  status?: string;
  /** user (default) | builtin. */
  source?: string;
  /** Epoch ms; defaults to the emulator clock's now. */
  createTime?: number;
  /** Five-field cron ("Minutes Hours DayofMonth Month DayofWeek", `?` allowed) or "" (default: no schedule). */
  cron?: string;
  description?: string;
  createParameters?: InstanceParameter[];
  usageParameters?: InstanceParameter[];
  /** A JSON string (kept verbatim) or an object; default `{"dataReport":{},"errors":{}}`. */
  extendInfo?: string | Record<string, unknown>;
  versionId?: number | null;
  /** Where the instance belongs; default none. */
  belongs?: { category?: string; domain?: string; language?: string } | null;
  /** Makes it its function's default instance. */
  isDefault?: boolean;
}

/** A validated instance, ready for the store. */
export interface NewInstance {
  appGroupIdentity: string;
  functionName: string;
  instanceName: string;
  modelType: string;
  functionType: string;
  status: string;
  source: string;
  createTime: number;
  cron: string;
  description: string;
  createParameters: string;
  usageParameters: string;
  extendInfo: string;
  versionId: number | null;
  belongs: string | null;
  isDefault: boolean;
}

const ALLOWED = [
  'appGroupIdentity',
  'functionName',
  'instanceName',
  'modelType',
  'functionType',
  'status',
  'source',
  'createTime',
  'cron',
  'description',
  'createParameters',
  'usageParameters',
  'extendInfo',
  'versionId',
  'belongs',
  'isDefault',
];

/** Checks one loaded instance; throws an Error whose message names the field and the offending value. */
export function validateLoadInstance(value: unknown, now: number): NewInstance {
  const input = loadedRecord(value, ALLOWED);
  const text = (field: string): string => {
    const v = input[field] ?? '';
    if (typeof v !== 'string') throw new Error(`${field} must be a string, got ${show(v)}`);
    return v;
  };
  const cron = text('cron');
  try {
    checkCron(cron);
  } catch (error) {
    throw new Error((error as Error).message);
  }
  const createTime = input.createTime ?? now;
  if (typeof createTime !== 'number' || !Number.isSafeInteger(createTime) || createTime < 0)
    throw new Error(`createTime must be epoch milliseconds, got ${show(input.createTime)}`);
  const versionId = input.versionId ?? null;
  if (versionId !== null && (typeof versionId !== 'number' || !Number.isSafeInteger(versionId)))
    throw new Error(`versionId must be an integer or null, got ${show(versionId)}`);
  if (input.isDefault !== undefined && typeof input.isDefault !== 'boolean')
    throw new Error(`isDefault must be true or false, got ${show(input.isDefault)}`);
  return {
    appGroupIdentity: checkPathName('appGroupIdentity', input.appGroupIdentity),
    functionName: checkPathName('functionName', input.functionName),
    instanceName: checkPathName('instanceName', input.instanceName),
    modelType: oneOfField(input, 'modelType', MODEL_TYPES),
    functionType: oneOfField(input, 'functionType', FUNCTION_TYPES, 'PAAS'),
    status: oneOfField(input, 'status', INSTANCE_STATUSES, 'available'),
    source: oneOfField(input, 'source', INSTANCE_SOURCES, 'user'),
    createTime,
    cron,
    description: text('description'),
    createParameters: checkInstanceParameters('createParameters', input.createParameters),
    usageParameters: checkInstanceParameters('usageParameters', input.usageParameters),
    extendInfo: extendInfo(input.extendInfo),
    versionId,
    belongs: belongs(input.belongs),
    isDefault: input.isDefault === true,
  };
}

/** Checks a createParameters / usageParameters array; returns it as stored (JSON text), `[]` when absent. */
export function checkInstanceParameters(field: string, value: unknown): string {
  if (value === undefined) return '[]';
  const ok =
    Array.isArray(value) &&
    value.every(
      (p) =>
        typeof p === 'object' &&
        p !== null &&
        typeof (p as InstanceParameter).name === 'string' &&
        typeof (p as InstanceParameter).value === 'string' &&
        Object.keys(p).length === 2,
    );
  if (!ok) throw new Error(`${field} must be an array of {name, value} strings, got ${show(value)}`);
  return JSON.stringify(value);
}

function extendInfo(value: unknown): string {
  if (value === undefined) return '{"dataReport":{},"errors":{}}';
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return JSON.stringify(value);
  throw new Error(`extendInfo must be a JSON string or an object, got ${show(value)}`);
}

function belongs(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value))
    throw new Error(`belongs must be {category, domain, language} or null, got ${show(value)}`);
  const out: Record<string, string> = { category: '', domain: '', language: '' };
  for (const [key, v] of Object.entries(value)) {
    if (!(key in out) || typeof v !== 'string')
      throw new Error(`belongs may hold only category, domain and language strings, got ${show(value)}`);
    out[key] = v;
  }
  return JSON.stringify(out);
}
