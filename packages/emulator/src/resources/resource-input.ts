/**
 * Validation of a resource's fields, in either casing: the API reads the PascalCase body the official SDK sends
 * (`Data.Generators[0].Input.Features`), the control API and the states the camelCase load form. Errors name the
 * field as the caller wrote it. What a type needs is our assumption (no page says): a `raw_file` holds
 * `Content`, a `feature_generator` holds `Generators`, and neither holds the other's field.
 */
import {
  FEATURE_KEYS,
  GENERATOR_INPUT_KEYS,
  GENERATOR_KEYS,
  RESOURCE_DATA_KEYS,
  RESOURCE_TYPES,
  type WireCasing,
  wireKey,
} from '@fntasks/protocol';
import { loadedRecord } from '../load-record.js';
import { checkPathName, show } from '../task-input.js';

/** One input feature of a generator. */
export interface ResourceFeature {
  name: string;
  type: string;
}

/** One feature generator. */
export interface ResourceGenerator {
  generator: string;
  input: { features: ResourceFeature[] };
  output: string;
}

/** A resource's data: `content` (raw_file) or `generators` (feature_generator). */
export interface ResourceData {
  content?: string;
  generators?: ResourceGenerator[];
}

/** A resource as `loadResources` and `POST /__fntasks/resources` take it: camelCase names. */
export interface LoadResource {
  appGroupIdentity: string;
  functionName: string;
  resourceName: string;
  /** feature_generator | raw_file. */
  resourceType: string;
  description?: string;
  data: ResourceData;
  /** Epoch ms; defaults to the emulator clock's now. */
  createTime?: number;
  /** Epoch ms; defaults to createTime. */
  modifyTime?: number;
}

/** A validated resource, ready for the store (data as canonical JSON text). */
export interface NewResource {
  appGroupIdentity: string;
  functionName: string;
  resourceName: string;
  resourceType: string;
  description: string;
  data: string;
  createTime: number;
  modifyTime: number;
}

/** A wrong field: `field` is its name as the caller wrote it. */
export class ResourceFieldError extends Error {
  override name = 'ResourceFieldError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** A resource type; throws naming `field` and the allowed types. */
export function checkResourceType(field: string, value: unknown): string {
  if (typeof value !== 'string' || !(RESOURCE_TYPES as readonly string[]).includes(value))
    throw new ResourceFieldError(
      field,
      `${field} must be one of ${RESOURCE_TYPES.join(', ')}, got ${show(value)}`,
    );
  return value;
}

// Every key inside a resource's data, canonical name → PascalCase (the protocol's tables, merged).
const DATA_KEYS = { ...RESOURCE_DATA_KEYS, ...GENERATOR_KEYS, ...GENERATOR_INPUT_KEYS, ...FEATURE_KEYS };

/**
 * Checks a resource's data for its type, reading keys in `casing` (`field` is the data's own name, `Data` or
 * `data`); returns it in canonical camelCase.
 */
export function checkResourceData(
  field: string,
  value: unknown,
  type: string,
  casing: WireCasing,
): ResourceData {
  const key = (name: keyof typeof DATA_KEYS) => wireKey(DATA_KEYS, name, casing);
  const object = (path: string, v: unknown): Record<string, unknown> => {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
      throw new ResourceFieldError(path, `${path} must be an object, got ${show(v)}`);
    return v as Record<string, unknown>;
  };
  const text = (path: string, v: unknown): string => {
    if (typeof v !== 'string') throw new ResourceFieldError(path, `${path} must be a string, got ${show(v)}`);
    return v;
  };
  const array = (path: string, v: unknown): unknown[] => {
    if (!Array.isArray(v)) throw new ResourceFieldError(path, `${path} must be an array, got ${show(v)}`);
    return v;
  };
  const data = object(field, value);
  const content = `${field}.${key('content')}`;
  const generators = `${field}.${key('generators')}`;
  if (type === 'raw_file') {
    if (data[key('generators')] !== undefined)
      throw new ResourceFieldError(
        generators,
        `${generators} is for feature_generator resources; a raw_file has ${content}`,
      );
    if (data[key('content')] === undefined)
      throw new ResourceFieldError(content, `${content} is required for a raw_file resource`);
    return { content: text(content, data[key('content')]) };
  }
  if (data[key('content')] !== undefined)
    throw new ResourceFieldError(
      content,
      `${content} is for raw_file resources; a feature_generator has ${generators}`,
    );
  if (data[key('generators')] === undefined)
    throw new ResourceFieldError(generators, `${generators} is required for a feature_generator resource`);
  return {
    generators: array(generators, data[key('generators')]).map((g, i) => {
      const at = `${generators}[${i}]`;
      const item = object(at, g);
      const input = object(`${at}.${key('input')}`, item[key('input')]);
      const features = `${at}.${key('input')}.${key('features')}`;
      return {
        generator: text(`${at}.${key('generator')}`, item[key('generator')]),
        input: {
          features: array(features, input[key('features')]).map((f, j) => {
            const feature = object(`${features}[${j}]`, f);
            return {
              name: text(`${features}[${j}].${key('name')}`, feature[key('name')]),
              type: text(`${features}[${j}].${key('type')}`, feature[key('type')]),
            };
          }),
        },
        output: text(`${at}.${key('output')}`, item[key('output')]),
      };
    }),
  };
}

const ALLOWED = [
  'appGroupIdentity',
  'functionName',
  'resourceName',
  'resourceType',
  'description',
  'data',
  'createTime',
  'modifyTime',
];

/** Checks one loaded resource; throws an Error whose message names the field and the offending value. */
export function validateLoadResource(value: unknown, now: number): NewResource {
  const input = loadedRecord(value, ALLOWED);
  const time = (field: string, fallback: number): number => {
    const v = input[field] ?? fallback;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0)
      throw new Error(`${field} must be epoch milliseconds, got ${show(input[field])}`);
    return v;
  };
  const description = input.description ?? '';
  if (typeof description !== 'string')
    throw new Error(`description must be a string, got ${show(description)}`);
  const resourceType = checkResourceType('resourceType', input.resourceType);
  const createTime = time('createTime', now);
  return {
    appGroupIdentity: checkPathName('appGroupIdentity', input.appGroupIdentity),
    functionName: checkPathName('functionName', input.functionName),
    resourceName: checkPathName('resourceName', input.resourceName),
    resourceType,
    description,
    data: JSON.stringify(checkResourceData('data', input.data, resourceType, 'camel')),
    createTime,
    modifyTime: time('modifyTime', createTime),
  };
}
