/**
 * The depth bound's text scan: a body with few brackets is passed after counting them (the fast path a page
 * takes); one with many is walked. Both must give the same answer as a plain walk, at the bound and around it.
 */
import { describe, expect, it } from 'vitest';
import { jsonDepthExceeds } from '../src/json-bounds.js';

/** The reference: walk every character, no shortcut. */
function walkedDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') deepest = Math.max(deepest, ++depth);
    else if (c === '}' || c === ']') depth--;
  }
  return deepest;
}

const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
const wide = (count: number) => `[${Array.from({ length: count }, () => '{"a":[1]}').join(',')}]`;

describe('jsonDepthExceeds', () => {
  it.each([
    ['nested to the bound', nested(128), false],
    ['one level past the bound', nested(129), true],
    ['many shallow objects (more openers than the bound, depth 3)', wide(500), false],
    ['brackets inside strings do not count', JSON.stringify({ s: '['.repeat(500) }), false],
    ['an escaped quote does not end a string', `["\\"${'['.repeat(300)}"]`, false],
    ['deep after many shallow ones', `[${wide(200)},${nested(128)}]`, true],
    ['short text', '{}', false],
  ])('%s', (_, text, expected) => {
    expect(jsonDepthExceeds(text, 128)).toBe(expected);
    expect(walkedDepth(text) > 128).toBe(expected);
  });
});
