/** The `ndjson` format (the default when stdout is piped): one task as compact JSON per line, escaped like `json`. */
import { inertJson } from '@fntasks/output';

/** Renders one JSON document per line, each line newline-terminated. */
export function renderNdjson(values: readonly unknown[]): string {
  return values.map((value) => `${inertJson(JSON.stringify(value))}\n`).join('');
}
