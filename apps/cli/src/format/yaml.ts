/**
 * The `yaml` format: the same data as `json`, as YAML. yaml escapes C0 controls but writes DEL, C1 and bidi
 * controls raw; a document holding one is written with every string double-quoted, where `\u…` escapes them and
 * reads back as the same value.
 */
import { inertJson } from '@fntasks/output';
import { stringify } from 'yaml';

/** Renders a value as a YAML document. */
export function renderYaml(value: unknown): string {
  const text = stringify(value, { lineWidth: 0 });
  const escaped = inertJson(text);
  if (escaped === text) return text;
  return inertJson(
    stringify(value, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'QUOTE_DOUBLE' }),
  );
}
