/**
 * Bounds on what core parses and re-serialises. `JSON.parse` itself copes with any depth, but everything that
 * walks the result afterwards recursively (`JSON.stringify`, printers, renderers, structured clone) overflows
 * the stack at a few thousand levels: a hostile or broken server must not be able to make a page unprintable.
 */

/** The deepest `extendInfo` document core parses (deeper ones stay raw, with a warning). */
export const MAX_EXTEND_INFO_DEPTH = 64;

/** The deepest response body core parses (an envelope, a list, an item and a 64-level `extendInfo` fit easily). */
export const MAX_BODY_DEPTH = 128;

/**
 * True when the JSON text nests arrays/objects deeper than `limit` (brackets inside strings do not count). Text
 * with at most `limit` opening brackets in all cannot nest deeper, and counting them is a few native `indexOf`
 * scans (a tenth of walking the characters, which was as costly as `JSON.parse` on a page); only text with more
 * openers than that is walked, once, without allocating.
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  if (text.length <= limit || openersAtMost(text, limit)) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > limit) return true;
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return false;
}

/** True when `text` holds at most `limit` `{` and `[` characters, wherever they are. */
function openersAtMost(text: string, limit: number): boolean {
  let count = 0;
  for (const opener of ['{', '[']) {
    for (let at = text.indexOf(opener); at !== -1; at = text.indexOf(opener, at + 1)) {
      if (++count > limit) return false;
    }
  }
  return true;
}

/** True when a parsed value nests deeper than `limit`; iterative, so any depth is safe to ask about. */
export function valueDepthExceeds(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (current === null || typeof current !== 'object') continue;
    if (depth > limit) return true;
    for (const child of Object.values(current)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}

/**
 * A short JSON-like preview of a value for error messages: at most `maxChars` characters and 8 levels, whatever
 * the value's size or depth (never `JSON.stringify` of a whole unbounded body).
 */
export function previewJson(value: unknown, maxChars = 200): string {
  let out = '';
  const write = (text: string): boolean => {
    out += text;
    return out.length < maxChars;
  };
  const visit = (current: unknown, depth: number): boolean => {
    if (current === null || typeof current !== 'object') {
      return write(
        typeof current === 'string' ? JSON.stringify(current.slice(0, maxChars)) : String(current),
      );
    }
    if (depth >= 8) return write(Array.isArray(current) ? '[…]' : '{…}');
    const isArray = Array.isArray(current);
    if (!write(isArray ? '[' : '{')) return false;
    let first = true;
    for (const [key, child] of Object.entries(current)) {
      if (!first && !write(',')) return false;
      first = false;
      if (!isArray && !write(`${JSON.stringify(key.slice(0, maxChars))}:`)) return false;
      if (!visit(child, depth + 1)) return false;
    }
    return write(isArray ? ']' : '}');
  };
  return visit(value, 0) ? out : `${out.slice(0, maxChars)}…`;
}
