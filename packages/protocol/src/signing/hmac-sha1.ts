/**
 * Legacy ROA `HMAC-SHA1` (the official SDK's `signatureAlgorithm: 'v2'`), as pure functions. It signs a
 * `Date` header, which browsers do not let scripts set: it is for Node and servers.
 */
import { hmacSha1Base64 } from '#crypto';
import { type HeaderInput, headerValues, type QueryInput, queryPairs } from './inputs.js';

/** The value of `x-acs-signature-method` for this algorithm. */
export const HMAC_SHA1 = 'HMAC-SHA1';

/** What the HMAC-SHA1 string to sign is made of. `pathname` as sent; query values raw (decoded). */
export interface HmacSha1RequestParts {
  /** The HTTP method as sent, e.g. `GET`. */
  method: string;
  /** The path exactly as on the wire (percent-encoded). */
  pathname: string;
  /** The query, decoded; signed as raw `key=value` pairs. */
  query?: QueryInput;
  /** The request headers: `accept`, `content-md5`, `content-type`, `date` and every `x-acs-*` are signed. */
  headers: HeaderInput;
}

/** Everything one HMAC-SHA1 signature is made of. */
export interface HmacSha1Signature {
  /** The string that was signed. */
  stringToSign: string;
  /** Base64 HMAC-SHA1 of the string to sign under the AccessKey secret. */
  signature: string;
  /** The full `Authorization` header value: `acs <AccessKeyId>:<signature>`. */
  authorization: string;
}

function filter(value: string): string {
  return value.replace(/[\t\n\r\f]/g, ' ');
}

/** `METHOD\nAccept\nContent-MD5\nContent-Type\nDate\n` + sorted `x-acs-*` headers + path and raw sorted query. */
export function stringToSignHmacSha1(parts: HmacSha1RequestParts): string {
  const values = headerValues(parts.headers);
  const one = (name: string) => (values.get(name) ?? []).join(',');
  const head = `${parts.method}\n${one('accept')}\n${one('content-md5')}\n${one('content-type')}\n${one('date')}\n`;
  const acsHeaders = [...values.keys()]
    .filter((name) => name.startsWith('x-acs-'))
    .sort()
    .map((name) => `${name}:${filter(one(name)).trim()}\n`)
    .join('');
  const pairs = queryPairs(parts.query);
  const resource =
    pairs.length === 0 ? parts.pathname : `${parts.pathname}?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`;
  return `${head}${acsHeaders}${resource}`;
}

/** `acs <AccessKeyId>:<base64 signature>`. */
export function formatHmacSha1Authorization(accessKeyId: string, signature: string): string {
  return `acs ${accessKeyId}:${signature}`;
}

/** Signs request parts with an AccessKey pair; returns the `Authorization` value and the string to sign. */
export async function signHmacSha1(
  parts: HmacSha1RequestParts & { accessKeyId: string; accessKeySecret: string },
): Promise<HmacSha1Signature> {
  const stringToSign = stringToSignHmacSha1(parts);
  const signature = await hmacSha1Base64(parts.accessKeySecret, stringToSign);
  return {
    stringToSign,
    signature,
    authorization: formatHmacSha1Authorization(parts.accessKeyId, signature),
  };
}
