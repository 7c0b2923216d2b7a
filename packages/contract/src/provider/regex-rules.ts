/**
 * Regex matchers the Pact core reads differently from the Ruby verifier. The core that pact-js, the Rust and the
 * JVM verifiers share matches a regex against the whole value; the Ruby verifier (and the Ruby mock service that
 * recorded the pact) accepts a match anywhere. So `^application/json`, recorded by a Ruby consumer and passed by
 * the Ruby verifier, fails on `application/json;charset=utf-8` here. Each such rule is named, with its fix.
 */
import { readFileSync } from 'node:fs';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for a regex anchored at the start and open at the end: a prefix to Ruby, the whole value to the core. */
export function isPrefixRegex(regex: string): boolean {
  return regex.startsWith('^') && !/(\.\*|\.\+|(?<!\\)\$)\)*$/.test(regex);
}

/** The warning for one rule: where it is, what the core does with it, and the fix. */
function warning(rule: string, regex: string): string {
  return `matching rule ${rule}: regex "${regex}" is matched against the whole value by the Pact core (pact-js, the Rust and JVM verifiers), not as a prefix as the Ruby verifier does; a longer value fails it: write "${regex}.*"`;
}

/** Collects `regex` matchers under `node`; `path` names the rule (keys walked, `matchers` and indexes left out). */
function collect(node: unknown, path: string[], out: string[]): void {
  if (Array.isArray(node)) {
    for (const item of node) collect(item, path, out);
    return;
  }
  if (!isObject(node)) return;
  if (typeof node.regex === 'string' && isPrefixRegex(node.regex))
    out.push(warning(path.join('.'), node.regex));
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'regex') collect(value, key === 'matchers' ? path : [...path, key], out);
  }
}

/** The prefix-regex warnings of each interaction of a pact file, by interaction index (empty when unreadable). */
export function prefixRegexWarnings(file: string): Map<number, string[]> {
  const warnings = new Map<number, string[]>();
  let pact: unknown;
  try {
    pact = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return warnings;
  }
  if (!isObject(pact) || !Array.isArray(pact.interactions)) return warnings;
  pact.interactions.forEach((interaction: unknown, index) => {
    if (!isObject(interaction)) return;
    const found: string[] = [];
    for (const part of ['request', 'response'] as const) {
      const rules = isObject(interaction[part]) ? (interaction[part] as Json).matchingRules : undefined;
      collect(rules, [`${part}.matchingRules`], found);
    }
    if (found.length > 0) warnings.set(index, found);
  });
  return warnings;
}
