/**
 * The `json` format: exactly what core returns (epoch-millisecond times), pretty-printed. The DEL, C1 and bidi
 * controls that JSON.stringify leaves raw inside strings are written as `\u…` escapes: the same JSON value,
 * harmless on a terminal.
 */
import { inertJson } from '@fntasks/output';

/** Renders a value as indented JSON with a trailing newline. */
export function renderJson(value: unknown): string {
  return `${inertJson(JSON.stringify(value, null, 2))}\n`;
}
