/**
 * Wire names and enums of a function resource (the five resource operations), from the official SDK's models.
 * Like `casing.ts`, each table maps the canonical (camelCase) name to the PascalCase one. The resource request
 * bodies are PascalCase on the wire (the SDK sends them so): a client writes them with these tables, the emulator
 * reads them with them; answers come in either casing.
 */

/** Keys of one resource in `result`, by canonical (camelCase) name; the request bodies use a subset. */
export const RESOURCE_KEYS = {
  resourceName: 'ResourceName',
  resourceType: 'ResourceType',
  description: 'Description',
  functionName: 'FunctionName',
  createTime: 'CreateTime',
  modifyTime: 'ModifyTime',
  referencedInstances: 'ReferencedInstances',
  data: 'Data',
} as const;

/** Keys of a resource's `data`: `content` for a `raw_file`, `generators` for a `feature_generator`. */
export const RESOURCE_DATA_KEYS = {
  content: 'Content',
  generators: 'Generators',
} as const;

/** Keys of one feature generator in `data.generators`. */
export const GENERATOR_KEYS = {
  generator: 'Generator',
  input: 'Input',
  output: 'Output',
} as const;

/** Keys of a feature generator's `input`. */
export const GENERATOR_INPUT_KEYS = {
  features: 'Features',
} as const;

/** Keys of one input feature in `input.features`. */
export const FEATURE_KEYS = {
  name: 'Name',
  type: 'Type',
} as const;

/** The resource types: a list of feature generators, or a file's content. */
export const RESOURCE_TYPES = ['feature_generator', 'raw_file'] as const;

/** A resource type. */
export type ResourceType = (typeof RESOURCE_TYPES)[number];
