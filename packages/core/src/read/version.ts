/**
 * A function version (GetFunctionCurrentVersion, GetFunctionVersion result), normalised from either casing. A
 * parameter's `required` comes as the string `"true"`/`"false"` and becomes a boolean; `formItemProps` and
 * `componentProps` (JSON documents in strings, in the camelCase sample only) stay the strings they are. Anything
 * else than documented is tolerated and recorded as a warning.
 */

import {
  VERSION_CONFIG_KEYS,
  VERSION_DEPEND_KEYS,
  VERSION_KEYS,
  VERSION_PARAMETER_KEYS,
} from '@fntasks/protocol';
import { MalformedResponseError } from '../errors.js';
import { previewJson } from '../json-bounds.js';
import {
  type CasingTracker,
  type FieldWarning,
  integerField,
  isRecord,
  type Json,
  pick,
  stringField,
} from './fields.js';

/** One parameter a version takes (`createParameters` / `usageParameters` of its config). */
export interface VersionParameter {
  readonly name: string;
  /** The wire's `"true"`/`"false"` as a boolean (anything else is `false`, with a warning). */
  readonly required: boolean;
  /** How a form shows the parameter: a JSON document as the wire's string (camelCase answers only). */
  readonly formItemProps?: string;
  /** The form component's properties: a JSON document as the wire's string (camelCase answers only). */
  readonly componentProps?: string;
}

/** One dependency of a version. */
export interface VersionDepend {
  readonly dependency: string;
  readonly condition: string;
  readonly description: string;
}

/** What a version takes and needs. */
export interface VersionConfig {
  readonly createParameters: readonly VersionParameter[];
  readonly depends: readonly VersionDepend[];
  readonly usageParameters: readonly VersionParameter[];
}

/** One version of a function's model, normalised from either wire casing. */
export interface FunctionVersion {
  readonly functionName: string;
  /** `PAAS` or `SAAS`; `null` when absent. */
  readonly functionType: string | null;
  /** e.g. `tf_checkpoint`; `null` when absent. */
  readonly modelType: string | null;
  /** `null` when absent or not a number. */
  readonly versionId: number | null;
  readonly versionName: string;
  readonly versionConfig: VersionConfig;
  /** What the normaliser tolerated; empty for a clean version. */
  readonly warnings: readonly FieldWarning[];
}

/** Normalises one version; `where` names it in an error. */
export function normalizeVersion(
  item: unknown,
  where: string,
  tracker: CasingTracker,
  httpStatus: number,
  rawText: string,
): FunctionVersion {
  if (!isRecord(item)) {
    throw new MalformedResponseError(httpStatus, rawText || previewJson(item), `${where} is not an object`);
  }
  const warnings: FieldWarning[] = [];
  const read = (name: keyof typeof VERSION_KEYS) => pick(item, VERSION_KEYS, name, tracker);
  const optionalString = (name: keyof typeof VERSION_KEYS) => {
    const value = read(name);
    return value == null ? null : stringField(value, name, warnings);
  };
  const versionId = read('versionId');
  return {
    functionName: stringField(read('functionName'), 'functionName', warnings) ?? '',
    functionType: optionalString('functionType'),
    modelType: optionalString('modelType'),
    versionId: versionId == null ? null : (integerField(versionId, 'versionId', warnings) ?? null),
    versionName: optionalString('versionName') ?? '',
    versionConfig: readConfig(read('versionConfig'), tracker, warnings),
    warnings,
  };
}

function readConfig(value: unknown, tracker: CasingTracker, warnings: FieldWarning[]): VersionConfig {
  if (value == null) return { createParameters: [], depends: [], usageParameters: [] };
  if (!isRecord(value)) {
    warnings.push({ kind: 'coerced-field', field: 'versionConfig', value: previewJson(value, 80) });
    return { createParameters: [], depends: [], usageParameters: [] };
  }
  const list = (name: keyof typeof VERSION_CONFIG_KEYS) => {
    const found = pick(value, VERSION_CONFIG_KEYS, name, tracker);
    if (found == null) return [];
    if (Array.isArray(found)) return found;
    warnings.push({ kind: 'coerced-field', field: `versionConfig.${name}`, value: previewJson(found, 80) });
    return [];
  };
  const parameters = (name: 'createParameters' | 'usageParameters') =>
    list(name)
      .filter(isRecord)
      .map((entry, i) => readParameter(entry, `versionConfig.${name}[${i}]`, tracker, warnings));
  return {
    createParameters: parameters('createParameters'),
    depends: list('depends')
      .filter(isRecord)
      .map((entry) => {
        const text = (key: keyof typeof VERSION_DEPEND_KEYS) => {
          const found = pick(entry, VERSION_DEPEND_KEYS, key, tracker);
          return found == null ? '' : String(found);
        };
        return {
          dependency: text('dependency'),
          condition: text('condition'),
          description: text('description'),
        };
      }),
    usageParameters: parameters('usageParameters'),
  };
}

function readParameter(
  entry: Json,
  where: string,
  tracker: CasingTracker,
  warnings: FieldWarning[],
): VersionParameter {
  const name = pick(entry, VERSION_PARAMETER_KEYS, 'name', tracker);
  const parameter: { -readonly [K in keyof VersionParameter]: VersionParameter[K] } = {
    name: name == null ? '' : String(name),
    required: readRequired(
      pick(entry, VERSION_PARAMETER_KEYS, 'required', tracker),
      `${where}.required`,
      warnings,
    ),
  };
  for (const key of ['formItemProps', 'componentProps'] as const) {
    const found = pick(entry, VERSION_PARAMETER_KEYS, key, tracker);
    if (found == null) continue;
    if (typeof found === 'string') parameter[key] = found;
    else {
      // An object where the page shows a JSON string: kept as that string, so the type stays one.
      warnings.push({ kind: 'coerced-field', field: `${where}.${key}`, value: previewJson(found, 80) });
      parameter[key] = JSON.stringify(found);
    }
  }
  return parameter;
}

/** `"true"`/`"false"` → boolean; a real boolean is taken (with a warning); anything else is `false` (with a warning). */
function readRequired(value: unknown, field: string, warnings: FieldWarning[]): boolean {
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (value == null) {
    warnings.push({ kind: 'missing-field', field });
    return false;
  }
  warnings.push({ kind: 'coerced-field', field, value });
  return value === true;
}
