/**
 * Does a request match an interaction of a pact, as a Pact stub or mock server decides for the parts the CLI
 * chooses: the same method and operation (the names and the run in the path are data: the pact uses its own
 * instance `my-app/ctr/ctr_test`), and the same query keys, each value equal to the recorded one or matching the
 * interaction's matching rule for it (a missing or extra query parameter is a mismatch, as in Pact).
 */
import { matchFunctionOperation } from '@fntasks/protocol';

/** The part of a pact interaction the match reads (Pact V3/V4 files). */
export interface PactHttpInteraction {
  description: string;
  type?: string;
  request: {
    method: string;
    path: string;
    query?: Record<string, string[] | string>;
    matchingRules?: { query?: Record<string, { matchers?: PactMatcher[] }> };
  };
}

/** One matcher of a matching rule. */
interface PactMatcher {
  match: string;
  regex?: string;
  value?: string;
}

/** Whether `value` satisfies `matcher`; throws for a matcher this check does not know (so it never passes by accident). */
function satisfies(matcher: PactMatcher, value: string, expected: string | undefined): boolean {
  switch (matcher.match) {
    case 'regex':
      // The Pact core that pact-js and the Rust and JVM verifiers share matches a regex against the whole value.
      return new RegExp(`^(?:${matcher.regex ?? ''})$`).test(value);
    case 'type':
      return true;
    case 'integer':
      return /^-?\d+$/.test(value);
    case 'decimal':
    case 'number':
      return value.trim() !== '' && Number.isFinite(Number(value));
    case 'equality':
      return value === expected;
    case 'include':
      return value.includes(matcher.value ?? '');
    default:
      throw new Error(`pact-match does not know the matcher ${JSON.stringify(matcher.match)}`);
  }
}

/** The query of a URL as key → values. */
function queryOf(search: string): Map<string, string[]> {
  const query = new Map<string, string[]>();
  for (const [key, value] of new URLSearchParams(search)) query.set(key, [...(query.get(key) ?? []), value]);
  return query;
}

/** True when the request `method url` (path and query as sent) matches `interaction`. */
export function matchesInteraction(method: string, url: string, interaction: PactHttpInteraction): boolean {
  if (interaction.type !== undefined && interaction.type !== 'Synchronous/HTTP') return false;
  const [path = '', search = ''] = url.split('?', 2);
  const sent = matchFunctionOperation(method, path);
  const recorded = matchFunctionOperation(interaction.request.method, interaction.request.path);
  if (!sent || !recorded || sent.operationId !== recorded.operationId) return false;
  const query = queryOf(search);
  const expected = Object.entries(interaction.request.query ?? {}).map(
    ([key, values]) => [key, Array.isArray(values) ? values : [values]] as const,
  );
  if (expected.length !== query.size) return false;
  const rules = interaction.request.matchingRules?.query ?? {};
  return expected.every(([key, values]) => {
    const actual = query.get(key);
    if (!actual || actual.length !== values.length) return false;
    const matchers = rules[key]?.matchers;
    return actual.every((value, n) =>
      matchers?.length ? matchers.every((m) => satisfies(m, value, values[n])) : value === values[n],
    );
  });
}
