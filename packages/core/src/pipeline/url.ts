/**
 * The URL of a validated request: the generated path template with each parameter percent-encoded as one segment,
 * and the query by openapi-fetch's own serializer. (Not through openapi-fetch's `GET`: it builds WHATWG Request and
 * Headers objects, whose first use in a Node process loads Node's internal undici, ~35 ms that a one-shot CLI call
 * would pay for nothing.)
 */

import { encodePathSegment } from '@fntasks/protocol';
import { createQuerySerializer } from 'openapi-fetch';

/** openapi-fetch's own query serializer (form style, as the spec declares every query parameter). */
const serializeQuery = createQuerySerializer();

/** A path template split once into literal text (even indexes) and parameter names (odd indexes), and its last URL. */
interface Template {
  readonly parts: readonly string[];
  /** The last URL built from this template, and what it was built from (a repeated call reuses it). */
  last: { endpoint: string; inputs: unknown[]; url: string } | null;
}

type WireParams = { path?: Record<string, unknown>; query?: Record<string, unknown> };

const templates = new Map<string, Template>();

function compiled(template: string): Template {
  let found = templates.get(template);
  if (found === undefined) {
    found = { parts: template.split(/\{([^}]+)\}/), last: null };
    templates.set(template, found);
  }
  return found;
}

/** The path values in template order, then the query's names and values in order: what a URL is built from. */
function inputsOf(parts: readonly string[], params: WireParams): unknown[] {
  const inputs: unknown[] = [];
  const path = params.path ?? {};
  for (let i = 1; i < parts.length; i += 2) inputs.push(path[parts[i] as string]);
  for (const name in params.query) inputs.push(name, params.query[name]);
  return inputs;
}

/** Same primitive values in the same order (an object or array value never matches: it is always rebuilt). */
function sameInputs(a: unknown[], b: unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const value = a[i];
    if (value !== b[i] || (value !== null && typeof value === 'object')) return false;
  }
  return true;
}

/**
 * The WHATWG-serialised URL of `path` with its parameters (what the signer signs is exactly what is sent). A call
 * with the same inputs as the template's previous one (polling, watching, a retried page) gets the same string.
 */
export function operationUrl(endpoint: string, path: string, params: WireParams): string {
  const template = compiled(path);
  const inputs = inputsOf(template.parts, params);
  const last = template.last;
  if (last !== null && last.endpoint === endpoint && sameInputs(last.inputs, inputs)) return last.url;
  const url = buildUrl(endpoint, template.parts, params);
  template.last = { endpoint, inputs, url };
  return url;
}

function buildUrl(endpoint: string, parts: readonly string[], params: WireParams): string {
  const values = params.path ?? {};
  let url = endpoint;
  for (let i = 0; i < parts.length; i++) {
    // Path segments are encoded one by one so that `/`, `?`, `#`, spaces and non-ASCII stay inside their segment.
    url += i % 2 === 0 ? parts[i] : encodePathSegment(String(values[parts[i] as string]));
  }
  const search = params.query ? serializeQuery(params.query) : '';
  if (search !== '') url += `?${search}`;
  // Already in WHATWG form when it holds only characters URL serialisation keeps as they are (the endpoint is
  // normalised, every segment and query value percent-encoded): the usual case skips a parse per call.
  return SERIALISED.test(url) ? url : new URL(url).href;
}

/** The characters WHATWG URL serialisation keeps as they are in a path and a special URL's query (not `'`: the query encodes it). */
const SERIALISED = /^https?:\/\/[a-z0-9.:[\]-]+\/[A-Za-z0-9\-._~!$&()*+,;=:@%/?]*$/;
