/**
 * The official Alibaba Cloud implementation, used as the test oracle: `@alicloud/openapi-core` (what the
 * official OpenSearch SDK 5.2.0 signs with), `@alicloud/openapi-util`, and the SDK's own path encoder.
 */
import { createRequire } from 'node:module';

/** The request shape the official signers read. */
export interface OfficialRequest {
  method: string;
  pathname: string;
  query: Record<string, string>;
  headers: Record<string, string>;
}

interface OfficialUtil {
  getAuthorization(
    request: OfficialRequest,
    algorithm: string,
    payload: string,
    accessKeyId: string,
    secret: string,
  ): string;
  getStringToSign(request: OfficialRequest): string;
  getROASignature(stringToSign: string, secret: string): string;
  getEncodeParam?(param: string): string;
  hash?(raw: Buffer, algorithm: string): Buffer;
}

const require = createRequire(import.meta.url);
const core = require('@alicloud/openapi-core') as { OpenApiUtil: OfficialUtil };
const util = require('@alicloud/openapi-util') as { default: OfficialUtil };
// The SDK's generated code encodes path parameters with this (a dependency of openapi-core).
const dara = createRequire(require.resolve('@alicloud/openapi-core'))('@darabonba/typescript') as {
  URL: { percentEncode(raw: string): string };
};

/** `@alicloud/openapi-core` 1.0.8 `OpenApiUtil`: the signer of the official SDK. */
export const officialCore: OfficialUtil = core.OpenApiUtil;
/** `@alicloud/openapi-util` 0.3.3 (older; rewrites only the first `+`/`*` of a path). */
export const officialUtil: OfficialUtil = util.default;
/** How the official SDK encodes one path parameter (`$dara.URL.percentEncode`). */
export const officialPercentEncode = (raw: string): string => dara.URL.percentEncode(raw);

/** The official ACS3 Authorization for a request. */
export function officialAcs3(request: OfficialRequest, payload: string, id: string, secret: string): string {
  return officialCore.getAuthorization(request, 'ACS3-HMAC-SHA256', payload, id, secret);
}

/** The official SDK's `x-acs-content-sha256` of a body (the hex SHA-256 of its UTF-8 bytes, as openapi-core hashes a JSON body). */
export function officialBodyHash(body: string): string {
  const hash = officialCore.hash;
  if (!hash) throw new Error('openapi-core has no hash');
  return hash(Buffer.from(body, 'utf8'), 'ACS3-HMAC-SHA256').toString('hex');
}

/** The official HMAC-SHA1 Authorization for a request (the SDK's `signatureAlgorithm: 'v2'`). */
export function officialHmacSha1(request: OfficialRequest, id: string, secret: string): string {
  return `acs ${id}:${officialCore.getROASignature(officialCore.getStringToSign(request), secret)}`;
}

/** A seeded PRNG (mulberry32) so a failing random case can be replayed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Characters that break naive encoders: reserved, sub-delims, `%`, non-ASCII, an astral emoji. */
export const TRICKY = [
  ' ',
  '/',
  '%',
  '+',
  '*',
  "'",
  '!',
  '(',
  ')',
  '&',
  '=',
  '~',
  '?',
  '#',
  ',',
  ';',
  ':',
  '@',
  '$',
];
const OTHER = ['a', 'Z', '0', '9', '-', '_', '.', 'é', 'ß', '模', '型', '🚀', '😀', 'ﬁ'];

/** A random string of 0..max characters mixing tricky and ordinary ones. */
export function randomString(
  random: () => number,
  max: number,
  alphabet: readonly string[] = [...TRICKY, ...OTHER],
): string {
  const length = Math.floor(random() * (max + 1));
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(random() * alphabet.length)];
  return out;
}

/** A request as a loopback server received it, in the shape the official signers read. */
export function receivedRequest(
  method: string,
  rawUrl: string,
  headers: Record<string, string | string[] | undefined>,
): OfficialRequest {
  const q = rawUrl.indexOf('?');
  const pathname = q < 0 ? rawUrl : rawUrl.slice(0, q);
  const query = Object.fromEntries(new URLSearchParams(q < 0 ? '' : rawUrl.slice(q + 1)));
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return { method, pathname, query, headers: flat };
}

/**
 * The Authorization header the official implementation computes for what the server received. With the body it
 * received, ACS3's payload hash is the official hash of those bytes (not the request's own header), so a body hashed
 * wrongly fails the comparison.
 */
export function officialAuthorizationFor(
  request: OfficialRequest,
  accessKeyId: string,
  secret: string,
  body?: string,
): string {
  const auth = request.headers.authorization ?? '';
  const { authorization: _omit, ...headers } = request.headers;
  const signed = { ...request, headers };
  return auth.startsWith('acs ')
    ? officialHmacSha1(signed, accessKeyId, secret)
    : officialAcs3(
        signed,
        body === undefined ? (headers['x-acs-content-sha256'] ?? '') : officialBodyHash(body),
        accessKeyId,
        secret,
      );
}
