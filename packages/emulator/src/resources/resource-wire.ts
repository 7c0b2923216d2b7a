/**
 * A resource row as the wire carries it, in either casing, with the key tables of `@fntasks/protocol`; its
 * `referencedInstances` computed by the store. Every `output` level shows every field (the spec's assumption: no
 * page says what a level leaves out).
 */
import {
  FEATURE_KEYS,
  GENERATOR_INPUT_KEYS,
  GENERATOR_KEYS,
  RESOURCE_DATA_KEYS,
  RESOURCE_KEYS,
  toWireCasing,
  type WireCasing,
} from '@fntasks/protocol';
import type { ResourceData } from './resource-input.js';
import type { ResourceRow } from './resource-store.js';

/** Renders one resource in the given casing. */
export function resourceWire(
  row: ResourceRow,
  referencedInstances: string[],
  casing: WireCasing,
): Record<string, unknown> {
  const data = JSON.parse(row.data) as ResourceData;
  const wireData: Record<string, unknown> = {};
  if (data.content !== undefined) wireData.content = data.content;
  if (data.generators !== undefined) {
    wireData.generators = data.generators.map((g) =>
      toWireCasing(
        GENERATOR_KEYS,
        {
          generator: g.generator,
          input: toWireCasing(
            GENERATOR_INPUT_KEYS,
            { features: g.input.features.map((f) => toWireCasing(FEATURE_KEYS, { ...f }, casing)) },
            casing,
          ),
          output: g.output,
        },
        casing,
      ),
    );
  }
  return toWireCasing(
    RESOURCE_KEYS,
    {
      resourceName: row.resource_name,
      resourceType: row.resource_type,
      description: row.description,
      functionName: row.function_name,
      createTime: row.create_time,
      modifyTime: row.modify_time,
      referencedInstances,
      data: toWireCasing(RESOURCE_DATA_KEYS, wireData, casing),
    },
    casing,
  );
}
