/**
 * The URL of a validated request, built by openapi-fetch's serializers from the generated path template. (Not
 * through openapi-fetch's `GET`: it builds WHATWG Request and Headers objects, whose first use in a Node process
 * loads Node's internal undici, ~35 ms that a one-shot CLI call would pay for nothing.)
 */

import { encodePathSegment } from '@fntasks/protocol';
import { createFinalURL, createQuerySerializer } from 'openapi-fetch';

/** openapi-fetch's own query serializer (form style, as the spec declares every query parameter). */
const serializeQuery = createQuerySerializer();

/** Path segments are encoded one by one so that `/`, `?`, `#`, spaces and non-ASCII stay inside their segment. */
function serializePath(pathname: string, params: Record<string, unknown>): string {
  return pathname.replace(/\{([^}]+)\}/g, (_, name: string) => encodePathSegment(String(params[name])));
}

/** The WHATWG-serialised URL of `path` with its parameters (what the signer signs is exactly what is sent). */
export function operationUrl(
  endpoint: string,
  path: string,
  params: { path?: Record<string, unknown>; query?: Record<string, unknown> },
): string {
  const url = createFinalURL(path, {
    baseUrl: endpoint,
    params,
    querySerializer: serializeQuery,
    pathSerializer: serializePath,
  });
  // Already in WHATWG form when it holds only characters URL serialisation keeps as they are (the endpoint is
  // normalised, every segment and query value percent-encoded): the usual case skips a parse per call.
  return SERIALISED.test(url) ? url : new URL(url).href;
}

/** The characters WHATWG URL serialisation keeps as they are in a path and a special URL's query (not `'`: the query encodes it). */
const SERIALISED = /^https?:\/\/[a-z0-9.:[\]-]+\/[A-Za-z0-9\-._~!$&()*+,;=:@%/?]*$/;
