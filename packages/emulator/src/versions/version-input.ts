/** Validation of a loaded version (`LoadVersion`: the built-in catalogue, the control API and the states share it). */
import { FUNCTION_TYPES, MODEL_TYPES } from '@fntasks/protocol';
import { loadedRecord, oneOfField } from '../load-record.js';
import { checkPathName, show } from '../task-input.js';

/** One parameter a version declares: its name, whether it is required ("true"/"false" as the wire has it). */
export interface VersionParameter {
  name: string;
  required: 'true' | 'false';
  /** A JSON string describing the console's form item (the page's camelCase sample only). */
  formItemProps?: string;
  /** A JSON string describing the console's component (the page's camelCase sample only). */
  componentProps?: string;
}

/** One dependency of a version. */
export interface VersionDepend {
  dependency: string;
  condition: string;
  description: string;
}

/** What a version needs and offers. */
export interface VersionConfig {
  createParameters: VersionParameter[];
  depends: VersionDepend[];
  usageParameters: VersionParameter[];
}

/** A version as `loadVersions` and `POST /__fntasks/versions` take it: camelCase names. */
export interface LoadVersion {
  functionName: string;
  versionId: number;
  /** Default `v<versionId>`. */
  versionName?: string;
  /** tf_checkpoint | pop | offline_inference | near_realtime | text. */
  modelType: string;
  /** PAAS (default) | SAAS. */
  functionType?: string;
  /** Makes it the current version of its (functionName, modelType, functionType). */
  current?: boolean;
  versionConfig?: Partial<VersionConfig>;
}

/** A validated version, ready for the store. */
export interface NewVersion {
  functionName: string;
  versionId: number;
  versionName: string;
  modelType: string;
  functionType: string;
  current: boolean;
  /** The config as canonical JSON text. */
  config: string;
}

const ALLOWED = [
  'functionName',
  'versionId',
  'versionName',
  'modelType',
  'functionType',
  'current',
  'versionConfig',
];
const CONFIG_KEYS = ['createParameters', 'depends', 'usageParameters'];

/** Checks one loaded version; throws an Error whose message names the field and the offending value. */
export function validateLoadVersion(value: unknown): NewVersion {
  const input = loadedRecord(value, ALLOWED);
  const versionId = input.versionId;
  if (typeof versionId !== 'number' || !Number.isSafeInteger(versionId) || versionId < 0)
    throw new Error(`versionId must be a non-negative integer, got ${show(versionId)}`);
  const versionName = input.versionName ?? `v${versionId}`;
  if (typeof versionName !== 'string')
    throw new Error(`versionName must be a string, got ${show(versionName)}`);
  if (input.current !== undefined && typeof input.current !== 'boolean')
    throw new Error(`current must be true or false, got ${show(input.current)}`);
  return {
    functionName: checkPathName('functionName', input.functionName),
    versionId,
    versionName,
    modelType: oneOfField(input, 'modelType', MODEL_TYPES),
    functionType: oneOfField(input, 'functionType', FUNCTION_TYPES, 'PAAS'),
    current: input.current === true,
    config: JSON.stringify(versionConfig(input.versionConfig)),
  };
}

function versionConfig(value: unknown): VersionConfig {
  if (value === undefined) return { createParameters: [], depends: [], usageParameters: [] };
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`versionConfig must be {createParameters, depends, usageParameters}, got ${show(value)}`);
  const input = value as Record<string, unknown>;
  for (const key of Object.keys(input))
    if (!CONFIG_KEYS.includes(key))
      throw new Error(`versionConfig has unknown field "${key}" (allowed: ${CONFIG_KEYS.join(', ')})`);
  return {
    createParameters: parameters('versionConfig.createParameters', input.createParameters),
    depends: depends(input.depends),
    usageParameters: parameters('versionConfig.usageParameters', input.usageParameters),
  };
}

function isStringRecord(value: unknown, required: string[], optional: string[] = []): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return (
    required.every((k) => k in value) &&
    entries.every(([k, v]) => (required.includes(k) || optional.includes(k)) && typeof v === 'string')
  );
}

function parameters(field: string, value: unknown): VersionParameter[] {
  if (value === undefined) return [];
  const ok =
    Array.isArray(value) &&
    value.every(
      (p) =>
        isStringRecord(p, ['name', 'required'], ['formItemProps', 'componentProps']) &&
        ['true', 'false'].includes((p as VersionParameter).required),
    );
  if (!ok)
    throw new Error(
      `${field} must be an array of {name, required: "true"|"false"[, formItemProps, componentProps]} strings, got ${show(value)}`,
    );
  return value as VersionParameter[];
}

function depends(value: unknown): VersionDepend[] {
  if (value === undefined) return [];
  if (
    !Array.isArray(value) ||
    !value.every((d) => isStringRecord(d, ['dependency', 'condition', 'description']))
  )
    throw new Error(
      `versionConfig.depends must be an array of {dependency, condition, description} strings, got ${show(value)}`,
    );
  return value as VersionDepend[];
}
