/** The `json` format: exactly what core returns (epoch-millisecond times), pretty-printed. */

/** Renders a value as indented JSON with a trailing newline. */
export function renderJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
