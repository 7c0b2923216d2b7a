/** The body fields CreateFunctionResource and UpdateFunctionResource share: what a caller gives, how it is written. */
import {
  FEATURE_KEYS,
  GENERATOR_INPUT_KEYS,
  GENERATOR_KEYS,
  RESOURCE_DATA_KEYS,
  type ResourceType,
} from '@fntasks/protocol';
import { InvalidArgumentError } from '../errors.js';
import { isRecord } from '../read/fields.js';
import type { BodyFieldRule } from './body.js';

/** One feature generator, as a caller gives it. */
export interface ResourceGeneratorInput {
  generator: string;
  input: { features: readonly { name: string; type: string }[] };
  output: string;
}

/** A resource's data as a caller gives it: `content` for a `raw_file`, `generators` for a `feature_generator`. */
export interface ResourceDataInput {
  content?: string;
  generators?: readonly ResourceGeneratorInput[];
}

/** `data` is written in PascalCase, level by level, through protocol's key tables. */
export const RESOURCE_BODY_RULES: Readonly<Record<string, BodyFieldRule>> = {
  data: {
    nested: {
      keys: RESOURCE_DATA_KEYS,
      lists: {
        generators: {
          keys: GENERATOR_KEYS,
          objects: { input: { keys: GENERATOR_INPUT_KEYS, lists: { features: { keys: FEATURE_KEYS } } } },
        },
      },
    },
  },
};

/** The part of `data` each resource type is made of. */
const DATA_PART: Readonly<Record<ResourceType, keyof ResourceDataInput>> = {
  raw_file: 'content',
  feature_generator: 'generators',
};

/** A new resource's data holds the part its type is made of (a raw file's content, a generator list). */
export function checkDataFitsType(params: Record<string, unknown>): void {
  const part = DATA_PART[params.resourceType as ResourceType];
  if (part !== undefined && isRecord(params.data) && params.data[part] === undefined) {
    throw new InvalidArgumentError(
      `data.${part}`,
      undefined,
      `A ${String(params.resourceType)} resource needs data.${part}.`,
    );
  }
}
