/**
 * Views of wire values that stay bounded whatever the value: `extendInfo` can nest 100,000 levels or hold
 * thousands of keys (issue 12), and JSON.stringify or a recursive walk would throw a RangeError on it.
 */

/** How deep `flattenInfo` and `previewJson` descend; wire data can nest 100,000 levels (issue 12). */
export const MAX_SHOWN_DEPTH = 16;
/** How many rows `flattenInfo` gives at most; the raw text holds the rest. */
export const MAX_SHOWN_ROWS = 500;
const PREVIEW_CHARS = 2000;

/**
 * JSON text of a value, at most MAX_SHOWN_DEPTH levels (deeper parts shown as `{…}` / `[…]`) and about
 * 2,000 characters. Never throws: JSON.stringify would throw a RangeError on a deep enough value.
 */
export function previewJson(value: unknown): string {
  let out = '';
  const write = (v: unknown, depth: number): void => {
    if (out.length > PREVIEW_CHARS) return;
    if (v === null || typeof v !== 'object') {
      out +=
        typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? JSON.stringify(v) : 'null';
      return;
    }
    const isArray = Array.isArray(v);
    if (depth >= MAX_SHOWN_DEPTH) {
      out += isArray ? '[…]' : '{…}';
      return;
    }
    out += isArray ? '[' : '{';
    let first = true;
    for (const [k, item] of isArray ? v.map((x, i) => [String(i), x] as const) : Object.entries(v)) {
      if (!first) out += ',';
      first = false;
      if (!isArray) out += `${JSON.stringify(k)}:`;
      write(item, depth + 1);
      if (out.length > PREVIEW_CHARS) break;
    }
    out += isArray ? ']' : '}';
  };
  write(value, 0);
  return out.length > PREVIEW_CHARS ? `${out.slice(0, PREVIEW_CHARS)}…` : out;
}

/**
 * Flattens `extendInfo` into readable key/value rows (`a.b`, `errors[0]`); values stay data, never markup.
 * Walks with its own stack (no recursion), stops descending at MAX_SHOWN_DEPTH levels and after
 * MAX_SHOWN_ROWS rows, and says so in a row: a 100,000-level value costs what a 16-level one does.
 */
export function flattenInfo(value: unknown): [string, unknown][] {
  const out: [string, unknown][] = [];
  const stack: [string, unknown, number][] = [['', value, 0]];
  while (stack.length > 0) {
    const [path, v, depth] = stack.pop() as [string, unknown, number];
    if (out.length >= MAX_SHOWN_ROWS) {
      out.push(['…', `more values not shown (over ${MAX_SHOWN_ROWS}); see the raw text`]);
      break;
    }
    if (v === null || typeof v !== 'object') {
      if (path) out.push([path, v]);
      continue;
    }
    if (depth >= MAX_SHOWN_DEPTH) {
      out.push([path, `nested deeper than ${MAX_SHOWN_DEPTH} levels; see the raw text`]);
      continue;
    }
    const entries = Array.isArray(v)
      ? v.map((item, i) => [`${path}[${i}]`, item] as const)
      : Object.entries(v).map(([k, item]) => [path ? `${path}.${k}` : k, item] as const);
    if (entries.length === 0 && path) out.push([path, Array.isArray(v) ? '[]' : '{}']);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [k, item] = entries[i] as readonly [string, unknown];
      stack.push([k, item, depth + 1]);
    }
  }
  return out;
}

/** The raw text a view shows at most (a 100,000-level value is 600,000 characters of brackets). */
export const MAX_RAW_CHARS = 20_000;

/** `text` cut to `max` characters, saying how many more there are; text as it is when it fits. */
export function clipText(text: string, max = MAX_RAW_CHARS): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}\n… ${(text.length - max).toLocaleString('en-US')} more characters`;
}
