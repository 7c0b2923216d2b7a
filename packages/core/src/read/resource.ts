/**
 * A function resource (GetFunctionResource result, ListFunctionResources item), normalised from either casing: a
 * `raw_file`'s `data.content`, or a `feature_generator`'s `data.generators`. Anything else than documented is
 * tolerated and recorded as a warning.
 */

import {
  FEATURE_KEYS,
  GENERATOR_INPUT_KEYS,
  GENERATOR_KEYS,
  RESOURCE_DATA_KEYS,
  RESOURCE_KEYS,
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

/** One input feature of a generator. */
export interface ResourceFeature {
  readonly name: string;
  readonly type: string;
}

/** One feature generator of a `feature_generator` resource. */
export interface ResourceGenerator {
  readonly generator: string;
  readonly input: { readonly features: readonly ResourceFeature[] };
  readonly output: string;
}

/** A resource's data: the content of a `raw_file`, the generators of a `feature_generator`. */
export interface ResourceData {
  readonly content?: string;
  readonly generators?: readonly ResourceGenerator[];
}

/** One resource of a function, normalised from either wire casing. */
export interface FunctionResource {
  readonly resourceName: string;
  /** `feature_generator` or `raw_file`, or an undocumented value as sent; `null` when absent. */
  readonly resourceType: string | null;
  readonly description: string;
  readonly functionName: string;
  /** Creation time, epoch ms; `null` when absent. */
  readonly createTime: number | null;
  /** Last change, epoch ms; `null` when absent. */
  readonly modifyTime: number | null;
  /** The instances whose parameters name this resource (it cannot be deleted while there are any). */
  readonly referencedInstances: readonly string[];
  readonly data: ResourceData;
  /** What the normaliser tolerated; empty for a clean resource. */
  readonly warnings: readonly FieldWarning[];
}

/** Normalises one resource; `where` names it in an error (`result[3]`, `result`). */
export function normalizeResource(
  item: unknown,
  where: string,
  tracker: CasingTracker,
  httpStatus: number,
  rawText: string,
): FunctionResource {
  if (!isRecord(item)) {
    throw new MalformedResponseError(httpStatus, rawText || previewJson(item), `${where} is not an object`);
  }
  const warnings: FieldWarning[] = [];
  const read = (name: keyof typeof RESOURCE_KEYS) => pick(item, RESOURCE_KEYS, name, tracker);
  const optionalString = (name: keyof typeof RESOURCE_KEYS) => {
    const value = read(name);
    return value == null ? null : stringField(value, name, warnings);
  };
  const time = (name: 'createTime' | 'modifyTime') => {
    const value = read(name);
    return value == null ? null : (integerField(value, name, warnings) ?? null);
  };
  return {
    resourceName: stringField(read('resourceName'), 'resourceName', warnings) ?? '',
    resourceType: optionalString('resourceType'),
    description: optionalString('description') ?? '',
    functionName: optionalString('functionName') ?? '',
    createTime: time('createTime'),
    modifyTime: time('modifyTime'),
    referencedInstances: readStrings(read('referencedInstances'), 'referencedInstances', warnings),
    data: readData(read('data'), tracker, warnings),
    warnings,
  };
}

function readStrings(value: unknown, field: string, warnings: FieldWarning[]): string[] {
  if (value == null) return [];
  if (!Array.isArray(value)) {
    warnings.push({ kind: 'coerced-field', field, value: previewJson(value, 80) });
    return [];
  }
  return value.filter((entry) => entry != null).map(String);
}

function readData(value: unknown, tracker: CasingTracker, warnings: FieldWarning[]): ResourceData {
  if (value == null) return {};
  if (!isRecord(value)) {
    warnings.push({ kind: 'coerced-field', field: 'data', value: previewJson(value, 80) });
    return {};
  }
  const data: { content?: string; generators?: ResourceGenerator[] } = {};
  const content = pick(value, RESOURCE_DATA_KEYS, 'content', tracker);
  if (content != null) data.content = stringField(content, 'data.content', warnings) ?? '';
  const generators = pick(value, RESOURCE_DATA_KEYS, 'generators', tracker);
  if (Array.isArray(generators)) {
    data.generators = generators.filter(isRecord).map((entry) => readGenerator(entry, tracker));
  } else if (generators != null) {
    warnings.push({ kind: 'coerced-field', field: 'data.generators', value: previewJson(generators, 80) });
  }
  return data;
}

function readGenerator(entry: Json, tracker: CasingTracker): ResourceGenerator {
  const text = (value: unknown) => (value == null ? '' : String(value));
  const input = pick(entry, GENERATOR_KEYS, 'input', tracker);
  const features = isRecord(input) ? pick(input, GENERATOR_INPUT_KEYS, 'features', tracker) : undefined;
  return {
    generator: text(pick(entry, GENERATOR_KEYS, 'generator', tracker)),
    input: {
      features: (Array.isArray(features) ? features : []).filter(isRecord).map((feature) => ({
        name: text(pick(feature, FEATURE_KEYS, 'name', tracker)),
        type: text(pick(feature, FEATURE_KEYS, 'type', tracker)),
      })),
    },
    output: text(pick(entry, GENERATOR_KEYS, 'output', tracker)),
  };
}
