/** The `yaml` format: the same data as `json`, as YAML. */
import { stringify } from 'yaml';

/** Renders a value as a YAML document. */
export function renderYaml(value: unknown): string {
  return stringify(value, { lineWidth: 0 });
}
