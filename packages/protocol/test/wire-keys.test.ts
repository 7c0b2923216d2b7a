import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  FEATURE_KEYS,
  GENERATOR_INPUT_KEYS,
  GENERATOR_KEYS,
  RESOURCE_DATA_KEYS,
  RESOURCE_KEYS,
  RESOURCE_TYPES,
  VERSION_CONFIG_KEYS,
  VERSION_DEPEND_KEYS,
  VERSION_KEYS,
  VERSION_PARAMETER_KEYS,
} from '../src/index.js';

interface Schema {
  enum?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
  $ref?: string;
}

const specPath = createRequire(import.meta.url).resolve('@fntasks/openapi/function-tasks.yaml');
const schemas = (parse(readFileSync(specPath, 'utf8')) as { components: { schemas: Record<string, Schema> } })
  .components.schemas;

/** The property names of a schema (a named one, or one reached by a path of property names), $refs followed. */
function keysOf(name: string, ...path: string[]): string[] {
  let schema = schemas[name];
  for (const step of path) {
    let property = schema?.properties?.[step];
    if (property?.items) property = property.items;
    schema = property?.$ref ? schemas[property.$ref.replace('#/components/schemas/', '')] : property;
  }
  if (!schema?.properties) throw new Error(`${[name, ...path].join('.')} has no properties`);
  return Object.keys(schema.properties).sort();
}

/** A key table agrees with a camelCase and a PascalCase schema: the same fields, each under its two names. */
function expectTable(table: Record<string, string>, camel: string[], pascal: string[]): void {
  expect(Object.keys(table).sort()).toEqual(camel);
  expect(Object.values(table).sort()).toEqual(pascal);
  for (const [canonical, wire] of Object.entries(table)) {
    expect(wire).toBe(canonical.charAt(0).toUpperCase() + canonical.slice(1));
  }
}

describe('the wire key tables agree with the spec’s schemas of both casings', () => {
  it('a version, its config, its parameters and its depends', () => {
    expectTable(VERSION_KEYS, keysOf('FunctionVersionCamel'), keysOf('FunctionVersionPascal'));
    expectTable(
      VERSION_CONFIG_KEYS,
      keysOf('FunctionVersionCamel', 'versionConfig'),
      keysOf('FunctionVersionPascal', 'VersionConfig'),
    );
    expectTable(
      VERSION_PARAMETER_KEYS,
      keysOf('FunctionVersionCamel', 'versionConfig', 'createParameters'),
      keysOf('FunctionVersionPascal', 'VersionConfig', 'UsageParameters'),
    );
    expectTable(VERSION_DEPEND_KEYS, keysOf('VersionDependCamel'), keysOf('VersionDependPascal'));
  });

  it('a resource, its data, its generators and their features; the request bodies use the same PascalCase names', () => {
    expectTable(RESOURCE_KEYS, keysOf('FunctionResourceCamel'), keysOf('FunctionResourcePascal'));
    expectTable(RESOURCE_DATA_KEYS, keysOf('ResourceDataCamel'), keysOf('ResourceDataPascal'));
    expectTable(GENERATOR_KEYS, keysOf('FeatureGeneratorCamel'), keysOf('FeatureGeneratorPascal'));
    expectTable(
      GENERATOR_INPUT_KEYS,
      keysOf('FeatureGeneratorCamel', 'input'),
      keysOf('FeatureGeneratorPascal', 'Input'),
    );
    expectTable(FEATURE_KEYS, keysOf('FeatureCamel'), keysOf('FeaturePascal'));
    const pascal: string[] = Object.values(RESOURCE_KEYS);
    for (const request of ['CreateFunctionResourceRequest', 'UpdateFunctionResourceRequest']) {
      for (const key of keysOf(request)) expect(pascal, request).toContain(key);
    }
    expect(schemas.ResourceType?.enum).toEqual([...RESOURCE_TYPES]);
  });
});
