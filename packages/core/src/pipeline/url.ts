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

/** Each path template split once into literal text (even indexes) and parameter names (odd indexes). */
const templates = new Map<string, readonly string[]>();

function compiled(template: string): readonly string[] {
  let parts = templates.get(template);
  if (parts === undefined) {
    parts = template.split(/\{([^}]+)\}/);
    templates.set(template, parts);
  }
  return parts;
}

/** The WHATWG-serialised URL of `path` with its parameters (what the signer signs is exactly what is sent). */
export function operationUrl(
  endpoint: string,
  path: string,
  params: { path?: Record<string, unknown>; query?: Record<string, unknown> },
): string {
  const parts = compiled(path);
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
