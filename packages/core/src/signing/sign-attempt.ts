/**
 * The client's signer: for each attempt, takes credentials, stamps a fresh date and nonce, and returns the
 * request to send with every signed header. It works on plain header maps (no `URL`, `Headers` or `Request`
 * built), synchronously when node:crypto is in use and the keys are fixed; the WHATWG form
 * (`createRequestSigner`, the openapi-fetch middleware) is an adapter over it. The canonical request is the one
 * `canonicalRequestAcs3` / `stringToSignHmacSha1` build, which the emulator's verifier uses too.
 */
import {
  ACS3_HMAC_SHA256,
  type Acs3Target,
  API_VERSION,
  acs3Target,
  canonicalRequestAcs3,
  EMPTY_BODY_SHA256,
  formatAcs3Authorization,
  formatAcsDate,
  formatHttpDate,
  HMAC_SHA1,
  hmacSha256Keyed,
  percentEncode,
  queryFromSearch,
  serializeQuery,
  sha256Hex,
  signHmacSha1,
} from '@fntasks/protocol';
import { boundedMemo } from '../bounded-memo.js';
import {
  type Credentials,
  type CredentialsOption,
  createCredentials,
  toCredentialsProvider,
} from '../credentials.js';
import { InvalidArgumentError } from '../errors.js';
import type { OutgoingRequest } from '../http/types.js';
import { isBrowserLike } from './environment.js';
import { randomNonce } from './nonce.js';

/** The two signature algorithms: ACS3 (default, everywhere) and legacy ROA HMAC-SHA1 (Node and servers). */
export type SignatureAlgorithm = typeof ACS3_HMAC_SHA256 | typeof HMAC_SHA1;

/** Options of a signer. */
export interface SignerOptions {
  /** Explicit keys, or an async provider called for every attempt. */
  credentials: CredentialsOption;
  /** `ACS3-HMAC-SHA256` (default) or `HMAC-SHA1`. */
  signatureAlgorithm?: SignatureAlgorithm;
  /** Epoch milliseconds now (defaults to `Date.now`); inject it for tests or to correct clock skew. */
  clock?: () => number;
  /** A unique `x-acs-signature-nonce` per attempt (defaults to 32 random hex digits). */
  nonce?: () => string;
  /** The `x-acs-version` header (defaults to `2017-12-25`). */
  version?: string;
}

/** Signs one attempt: the request (and the action it performs) in, the request to send out. */
export type SignAttempt = (
  request: OutgoingRequest,
  action: string,
) => OutgoingRequest | Promise<OutgoingRequest>;

/** The headers the signer sets itself (any value the request carries is replaced, or dropped without a token). */
const OWN_HEADERS = new Set([
  'authorization',
  'x-acs-version',
  'x-acs-action',
  'x-acs-signature-nonce',
  'x-acs-accesskey-id',
  'x-acs-security-token',
  'x-acs-date',
  'x-acs-content-sha256',
  'x-acs-signature-method',
  'x-acs-signature-version',
  'date',
]);

/** The signed names of the headers the ACS3 signer always sets, sorted once. */
const OWN_SIGNED = [
  'host',
  'x-acs-action',
  'x-acs-content-sha256',
  'x-acs-date',
  'x-acs-signature-nonce',
  'x-acs-version',
];
const OWN_SIGNED_WITH_TOKEN: readonly string[] = [
  ...OWN_SIGNED,
  'x-acs-accesskey-id',
  'x-acs-security-token',
].sort();

/** `scheme://host/path?query` of a WHATWG-serialised URL, without building a `URL`. */
const URL_PARTS = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]+)(\/[^?#]*)?(\?[^#]*)?/i;

/** `?a=1&b=2` without `%` or `+` (nothing to decode) into pairs, exactly as URLSearchParams reads it. */
function splitQuery(search: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const part of search.slice(1).split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    pairs.push(eq === -1 ? [part, ''] : [part.slice(0, eq), part.slice(eq + 1)]);
  }
  return pairs;
}

/** What the signer needs of a URL, worked out once per URL: retries, polling and repeated pages reuse it. */
interface SignTarget {
  /** The URL to send: as given, or with its query canonically re-encoded when it held a raw `+`. */
  readonly url: string;
  /** `host[:port]` as the HTTP stack will send it. */
  readonly host: string;
  /** The path as sent. */
  readonly pathname: string;
  /** The query as any server decodes it. */
  readonly query: Array<[string, string]>;
  /** ACS3's canonical URI and query. */
  readonly acs3: Acs3Target;
}

/** URLs kept worked out per signer (a bound, not a tuning: a client talks to a handful of URLs at a time). */
const MAX_TARGETS = 256;

/** Works out a URL's parts; throws InvalidArgumentError for anything but an absolute http(s) URL. */
function signTarget(url: string): SignTarget {
  const parts = URL_PARTS.exec(url);
  if (!parts) throw new InvalidArgumentError('url', url, 'Expected an absolute http(s) URL.');
  const host = parts[1] as string;
  const pathname = parts[2] ?? '/';
  const search = parts[3] ?? '';
  // The signature covers the query as any server decodes it. Only a raw `+` decodes two ways (space or plus),
  // so only then is the query rewritten into its canonical encoding (core's own URLs never carry one).
  const query =
    search.length <= 1
      ? []
      : search.includes('%') || search.includes('+')
        ? queryFromSearch(search)
        : splitQuery(search);
  const sent = search.includes('+')
    ? `${url.slice(0, url.indexOf('?'))}?${serializeQuery(query, percentEncode)}`
    : url;
  return { url: sent, host, pathname, query, acs3: acs3Target(pathname, query) };
}

/** The signed request: the request as given, at its (possibly re-encoded) URL, with the signed headers. */
function signedRequest(
  request: OutgoingRequest,
  url: string,
  headers: Record<string, string>,
): OutgoingRequest {
  return request.body === undefined
    ? { method: request.method, url, headers }
    : { method: request.method, url, headers, body: request.body };
}

/** Builds the signer; throws InvalidArgumentError for a bad algorithm, clock or nonce, or HMAC-SHA1 in a browser. */
export function createAttemptSigner(options: SignerOptions): SignAttempt {
  const algorithm = options.signatureAlgorithm ?? ACS3_HMAC_SHA256;
  if (algorithm !== ACS3_HMAC_SHA256 && algorithm !== HMAC_SHA1) {
    throw new InvalidArgumentError(
      'signatureAlgorithm',
      algorithm,
      `Expected "${ACS3_HMAC_SHA256}" (default) or "${HMAC_SHA1}".`,
    );
  }
  if (algorithm === HMAC_SHA1 && isBrowserLike()) {
    throw new InvalidArgumentError(
      'signatureAlgorithm',
      algorithm,
      'HMAC-SHA1 signs a Date header, which browsers do not let scripts set. Use the default ACS3-HMAC-SHA256 here, or sign on a server (Node).',
    );
  }
  for (const name of ['clock', 'nonce'] as const) {
    if (options[name] !== undefined && typeof options[name] !== 'function') {
      throw new InvalidArgumentError(
        name,
        `(${typeof options[name]})`,
        `Expected a function returning ${name === 'clock' ? 'epoch milliseconds' : 'a unique string'}.`,
      );
    }
  }
  const provide = toCredentialsProvider(options.credentials);
  const clock = options.clock ?? Date.now;
  const nonce = options.nonce ?? randomNonce;
  const version = options.version ?? API_VERSION;
  // Explicit keys are checked once (by toCredentialsProvider above); each attempt then skips the provider's await.
  const fixed =
    typeof options.credentials === 'function' ? undefined : createCredentials(options.credentials);

  // `x-acs-date` has whole seconds: the formatted value is reused while the clock stays in the same second.
  let dateSecond = Number.NaN;
  let dateValue = '';
  const acsDate = (now: number): string => {
    const second = Math.floor(now / 1000);
    if (second !== dateSecond) {
      dateValue = formatAcsDate(now);
      dateSecond = second;
    }
    return dateValue;
  };

  const targetOf = boundedMemo(MAX_TARGETS, signTarget);

  // The HMAC under the current secret, keyed once: fixed keys never change, a provider's rarely (rotation).
  let macSecret: string | undefined;
  let macKeyed: ((data: string) => string | Promise<string>) | undefined;
  const macOf = (secret: string) => {
    if (macKeyed === undefined || macSecret !== secret) {
      macKeyed = hmacSha256Keyed(secret);
      macSecret = secret;
    }
    return macKeyed;
  };

  /** The ACS3 signature of a complete canonical request, then the request to send. */
  const finishAcs3 = (
    request: OutgoingRequest,
    target: SignTarget,
    headers: Record<string, string>,
    signedHeaders: readonly string[],
    host: string,
    hashedPayload: string,
    credentials: Credentials,
  ): OutgoingRequest | Promise<OutgoingRequest> => {
    headers['x-acs-content-sha256'] = hashedPayload;
    const canonical = canonicalRequestAcs3(
      request.method,
      target.acs3,
      headers,
      signedHeaders,
      hashedPayload,
      host,
    );
    const done = (signature: string): OutgoingRequest => {
      headers.authorization = formatAcs3Authorization(credentials.accessKeyId, signedHeaders, signature);
      return signedRequest(request, target.url, headers);
    };
    const mac = (digest: string) => macOf(credentials.accessKeySecret)(`${ACS3_HMAC_SHA256}\n${digest}`);
    // node:crypto answers synchronously: then nothing here waits; Web Crypto answers with promises.
    const digest = sha256Hex(canonical) as string | Promise<string>;
    if (typeof digest !== 'string') return digest.then(mac).then(done);
    const signature = mac(digest);
    return typeof signature === 'string' ? done(signature) : signature.then(done);
  };

  const sign = (
    request: OutgoingRequest,
    action: string,
    credentials: Credentials,
  ): OutgoingRequest | Promise<OutgoingRequest> => {
    const target = targetOf(request.url);
    const now = clock();
    if (typeof now !== 'number' || !Number.isFinite(now)) {
      throw new InvalidArgumentError(
        'clock',
        now,
        'The clock must return epoch milliseconds (a finite number).',
      );
    }
    const nonceValue = nonce();
    // The default nonce is 32 hex digits by construction; only a caller's is checked.
    if (nonce !== randomNonce && (typeof nonceValue !== 'string' || !/^[\x21-\x7e]+$/.test(nonceValue))) {
      throw new InvalidArgumentError(
        'nonce',
        nonceValue,
        'The nonce must return a non-empty string of visible ASCII.',
      );
    }
    const headers: Record<string, string> = {};
    let extraSigned: string[] | undefined;
    for (const name in request.headers) {
      if (OWN_HEADERS.has(name)) continue;
      headers[name] = request.headers[name] as string;
      if (name !== 'host' && (name === 'content-type' || name.startsWith('x-acs-'))) {
        extraSigned ??= [];
        extraSigned.push(name);
      }
    }
    if (headers.accept === undefined) headers.accept = 'application/json';
    const token = credentials.securityToken;
    headers['x-acs-version'] = version;
    headers['x-acs-action'] = action;
    headers['x-acs-signature-nonce'] = nonceValue;
    if (token) {
      headers['x-acs-accesskey-id'] = credentials.accessKeyId;
      headers['x-acs-security-token'] = token;
    }

    if (algorithm === HMAC_SHA1) {
      headers.date = formatHttpDate(now);
      headers['x-acs-signature-method'] = HMAC_SHA1;
      headers['x-acs-signature-version'] = '1.0';
      return signHmacSha1({
        method: request.method,
        pathname: target.pathname,
        query: target.query,
        headers,
        accessKeyId: credentials.accessKeyId,
        accessKeySecret: credentials.accessKeySecret,
      }).then((signed) => {
        headers.authorization = signed.authorization;
        return signedRequest(request, target.url, headers);
      });
    }

    headers['x-acs-date'] = acsDate(now);
    const own = token ? OWN_SIGNED_WITH_TOKEN : OWN_SIGNED;
    const signedHeaders = extraSigned ? [...own, ...extraSigned].sort() : own;
    // `host` is set by the HTTP stack from the URL (browsers forbid setting it); it is signed as it will be sent.
    const host = headers.host ?? target.host;
    if (request.body === undefined || request.body === '') {
      return finishAcs3(request, target, headers, signedHeaders, host, EMPTY_BODY_SHA256, credentials);
    }
    const hashed = sha256Hex(request.body) as string | Promise<string>;
    return typeof hashed === 'string'
      ? finishAcs3(request, target, headers, signedHeaders, host, hashed, credentials)
      : hashed.then((value) => finishAcs3(request, target, headers, signedHeaders, host, value, credentials));
  };

  return (request, action) =>
    fixed ? sign(request, action, fixed) : provide().then((c) => sign(request, action, c));
}
