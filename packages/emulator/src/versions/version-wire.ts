/**
 * A version row as the wire carries it, in either casing, with the key tables of `@fntasks/protocol`.
 * `formItemProps`/`componentProps` are sent in camelCase only: the page's camelCase sample has them, its
 * PascalCase sample and the SDK model do not.
 */
import {
  toWireCasing,
  VERSION_CONFIG_KEYS,
  VERSION_DEPEND_KEYS,
  VERSION_KEYS,
  VERSION_PARAMETER_KEYS,
  type WireCasing,
} from '@fntasks/protocol';
import type { VersionConfig, VersionParameter } from './version-input.js';
import type { VersionRow } from './version-store.js';

/** Renders one version in the given casing. */
export function versionWire(row: VersionRow, casing: WireCasing): Record<string, unknown> {
  const config = JSON.parse(row.config) as VersionConfig;
  const parameter = ({ formItemProps, componentProps, ...plain }: VersionParameter) =>
    toWireCasing(
      VERSION_PARAMETER_KEYS,
      casing === 'camel' ? { ...plain, formItemProps, componentProps } : plain,
      casing,
    );
  return toWireCasing(
    VERSION_KEYS,
    {
      functionName: row.function_name,
      functionType: row.function_type,
      modelType: row.model_type,
      versionId: row.version_id,
      versionName: row.version_name,
      versionConfig: toWireCasing(
        VERSION_CONFIG_KEYS,
        {
          createParameters: config.createParameters.map(parameter),
          depends: config.depends.map((d) => toWireCasing(VERSION_DEPEND_KEYS, { ...d }, casing)),
          usageParameters: config.usageParameters.map(parameter),
        },
        casing,
      ),
    },
    casing,
  );
}
