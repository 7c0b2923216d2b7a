/**
 * ACS3-HMAC-SHA256, the official SDK's default signature, as pure functions: the client's signer and the
 * emulator's verifier both call these, so the two cannot disagree about a byte.
 */
import { hmacSha256Hex, sha256Hex } from '#crypto';
import { canonicalUriAcs3, percentEncode } from './encode.js';
import { type HeaderInput, headerValues, type QueryInput, queryPairs } from './inputs.js';

/** The algorithm name, first word of the `Authorization` header. */
export const ACS3_HMAC_SHA256 = 'ACS3-HMAC-SHA256';

/** Hex SHA-256 of the empty body: `x-acs-content-sha256` of every GET. */
export const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** What a canonical request is made of. `pathname` is the path as sent (percent-encoded); query values are raw. */
export interface Acs3RequestParts {
  /** The HTTP method as sent, e.g. `GET`. */
  method: string;
  /** The path exactly as on the wire, percent-encoded, e.g. `/v4/openapi/app-groups/my%20app/...`. */
  pathname: string;
  /** The query, decoded (the canonical form re-encodes values). */
  query?: QueryInput;
  /** The request headers; `host`, `content-type` and `x-acs-*` are signed. */
  headers: HeaderInput;
  /** Hex SHA-256 of the body; defaults to the `x-acs-content-sha256` header, else the empty body's hash. */
  hashedPayload?: string;
  /** Sign only these (lower-case) header names, as a verifier does with the received `SignedHeaders`. */
  signedHeaders?: readonly string[];
}

/** A canonical request and the header names it signs. */
export interface Acs3Canonical {
  /** `METHOD\nURI\nQUERY\nHEADERS\nSIGNED\nHASH`. */
  canonicalRequest: string;
  /** The signed header names, lower-case and sorted. */
  signedHeaders: string[];
}

/** Everything one ACS3 signature is made of, for debugging a mismatch. */
export interface Acs3Signature extends Acs3Canonical {
  /** `ACS3-HMAC-SHA256\n` + hex SHA-256 of the canonical request. */
  stringToSign: string;
  /** Hex HMAC-SHA256 of the string to sign under the AccessKey secret. */
  signature: string;
  /** The full `Authorization` header value. */
  authorization: string;
}

/** Text that percent-encoding leaves as it is (RFC 3986 unreserved characters). */
const UNRESERVED = /^[A-Za-z0-9_.~-]*$/;

/** ACS3 CanonicalQueryString: sorted `key=value`, raw keys, values percent-encoded, `key=` for empty. */
export function canonicalQueryAcs3(query: QueryInput | undefined): string {
  let out = '';
  for (const [key, value] of queryPairs(query)) {
    out += `${out === '' ? '' : '&'}${key}=${UNRESERVED.test(value) ? value : percentEncode(value)}`;
  }
  return out;
}

/** True for the header names ACS3 signs: `host`, `content-type` and every `x-acs-*`. */
export function isSignableAcs3Header(lowerCaseName: string): boolean {
  return lowerCaseName === 'host' || lowerCaseName === 'content-type' || lowerCaseName.startsWith('x-acs-');
}

/** The canonical URI and query string of a request target: the same for every attempt at one URL. */
export interface Acs3Target {
  /** The ACS3 CanonicalURI (`canonicalUriAcs3` of the path as sent). */
  readonly canonicalUri: string;
  /** The ACS3 CanonicalQueryString (`key=value` sorted, values percent-encoded). */
  readonly canonicalQuery: string;
}

/** The canonical URI and query of a path as sent and its decoded query, worked out once and reusable per URL. */
export function acs3Target(pathname: string, query: QueryInput | undefined): Acs3Target {
  return { canonicalUri: canonicalUriAcs3(pathname), canonicalQuery: canonicalQueryAcs3(query) };
}

/**
 * The one ACS3 canonical request: `METHOD\nURI\nQUERY\nHEADERS\nSIGNED\nHASH`, from the request's target
 * (`acs3Target`), with headers already as one value per lower-case name (repeats joined by `,`) and the signed
 * names sorted. The client's signer calls it with its header map directly; `canonicalizeAcs3` adapts any other
 * input shape to it.
 */
export function canonicalRequestAcs3(
  method: string,
  target: Acs3Target,
  headers: Readonly<Record<string, string>>,
  signedHeaders: readonly string[],
  hashedPayload: string,
  host?: string,
): string {
  let canonicalHeaders = '';
  for (const name of signedHeaders) {
    // `host` may come apart from the headers: the HTTP stack sets it from the URL (browsers forbid setting it).
    const value = name === 'host' && host !== undefined ? host : (headers[name] ?? '');
    canonicalHeaders += `${name}:${value.trim()}\n`;
  }
  return `${method}\n${target.canonicalUri}\n${target.canonicalQuery}\n${canonicalHeaders}\n${signedHeaders.join(';')}\n${hashedPayload}`;
}

/** ACS3 CanonicalHeaders (`name:value\n` each) and SignedHeaders (names, sorted) for the signable headers. */
export function canonicalHeadersAcs3(
  headers: HeaderInput,
  only?: readonly string[],
): { canonicalHeaders: string; signedHeaders: string[] } {
  const { values, signedHeaders } = signedHeaderValues(headers, only);
  let canonicalHeaders = '';
  for (const name of signedHeaders) canonicalHeaders += `${name}:${values[name]}\n`;
  return { canonicalHeaders, signedHeaders };
}

/** The signable headers of any input shape as one trimmed value per name (repeats sorted, joined by `,`). */
function signedHeaderValues(
  headers: HeaderInput,
  only?: readonly string[],
): { values: Record<string, string>; signedHeaders: string[] } {
  const wanted = only ? new Set(only.map((name) => name.toLowerCase())) : undefined;
  const all = headerValues(headers);
  const signedHeaders = [...all.keys()]
    .filter((name) => (wanted ? wanted.has(name) : isSignableAcs3Header(name)))
    .sort();
  const values: Record<string, string> = {};
  for (const name of signedHeaders) {
    values[name] = (all.get(name) ?? [])
      .map((value) => value.trim())
      .sort()
      .join(',');
  }
  return { values, signedHeaders };
}

/** Builds the ACS3 canonical request from the request as sent (any header and query shape). */
export function canonicalizeAcs3(parts: Acs3RequestParts): Acs3Canonical {
  const { values, signedHeaders } = signedHeaderValues(parts.headers, parts.signedHeaders);
  const hashedPayload =
    parts.hashedPayload ?? headerValues(parts.headers).get('x-acs-content-sha256')?.[0] ?? EMPTY_BODY_SHA256;
  return {
    canonicalRequest: canonicalRequestAcs3(
      parts.method,
      acs3Target(parts.pathname, parts.query),
      values,
      signedHeaders,
      hashedPayload,
    ),
    signedHeaders,
  };
}

/** `ACS3-HMAC-SHA256\n` + hex SHA-256 of the canonical request. */
export async function stringToSignAcs3(canonicalRequest: string): Promise<string> {
  return `${ACS3_HMAC_SHA256}\n${await sha256Hex(canonicalRequest)}`;
}

/** `ACS3-HMAC-SHA256 Credential=<id>,SignedHeaders=<a;b>,Signature=<hex>`. */
export function formatAcs3Authorization(
  accessKeyId: string,
  signedHeaders: readonly string[],
  signature: string,
): string {
  return `${ACS3_HMAC_SHA256} Credential=${accessKeyId},SignedHeaders=${signedHeaders.join(';')},Signature=${signature}`;
}

/**
 * Signs request parts with an AccessKey pair; returns the `Authorization` value and every intermediate.
 * (node:crypto answers synchronously; its results are not awaited, which saves microtasks per request.)
 */
export async function signAcs3(
  parts: Acs3RequestParts & { accessKeyId: string; accessKeySecret: string },
): Promise<Acs3Signature> {
  const canonical = canonicalizeAcs3(parts);
  const digest = sha256Hex(canonical.canonicalRequest);
  const stringToSign = `${ACS3_HMAC_SHA256}\n${typeof digest === 'string' ? digest : await digest}`;
  const mac = hmacSha256Hex(parts.accessKeySecret, stringToSign);
  const signature = typeof mac === 'string' ? mac : await mac;
  return {
    ...canonical,
    stringToSign,
    signature,
    authorization: formatAcs3Authorization(parts.accessKeyId, canonical.signedHeaders, signature),
  };
}

/** Hex SHA-256 of a body (bytes or UTF-8 text), for `x-acs-content-sha256`. */
export async function hashPayload(body: string | Uint8Array): Promise<string> {
  return sha256Hex(body);
}
