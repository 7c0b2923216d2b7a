/**
 * The client's signer: for each attempt, fetches credentials, stamps a fresh date and nonce, and signs the
 * path and query exactly as they go on the wire (the query as any server decodes it). A bodiless GET is signed
 * in place; anything else gets a new Request.
 *
 * The signer also carries a cheaper form under `SIGN_HEADERS`, which the transport uses with core's own engines
 * in Node: for a bodiless ACS3 request whose URL needs no rewriting, it returns the complete header map to send
 * (the request's own headers plus the signed ones), computed straight from the URL string and a plain header
 * map, with no `URL`, `URLSearchParams`, `Headers` or `Request` built, and synchronously when node:crypto is in
 * use.
 * It signs the same canonical request as `signAcs3` (the tests compare the two).
 */
import { hmacSha256Hex, sha256Hex } from '#crypto';
import {
  type Credentials,
  type CredentialsOption,
  createCredentials,
  toCredentialsProvider,
} from '../credentials.js';
import { InvalidArgumentError } from '../errors.js';
import type { RequestSigner } from '../transport.js';
import { ACTION, API_VERSION } from '../wire/protocol.js';
import {
  ACS3_HMAC_SHA256,
  canonicalQueryAcs3,
  EMPTY_BODY_SHA256,
  formatAcs3Authorization,
  hashPayload,
  signAcs3,
} from './acs3.js';
import { formatAcsDate, formatHttpDate } from './dates.js';
import { canonicalUriAcs3, percentEncode } from './encode.js';
import { isBrowserLike } from './environment.js';
import { HMAC_SHA1, signHmacSha1 } from './hmac-sha1.js';
import { queryFromSearch, serializeQuery } from './inputs.js';
import { randomNonce } from './nonce.js';

/**
 * Internal: the property of a signer built by `createRequestSigner` holding its header-map form. Given a
 * bodiless request as URL, method and header map, it returns every header to send for it (lower-case names,
 * `authorization` included), or `null` when the request has to go through the Request-returning signer (a URL
 * to rewrite, a `host` header…; HMAC-SHA1 signers have no header-map form).
 */
export const SIGN_HEADERS: unique symbol = Symbol.for('@fntasks/core/sign-headers');

/** A bodiless request as the header-map form takes it: a WHATWG-serialised URL and lower-case header names. */
export interface HeaderMapRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** The header-map form of a signer (see `SIGN_HEADERS`). */
export type HeaderSigner = (
  request: HeaderMapRequest,
) => Record<string, string> | null | Promise<Record<string, string> | null>;

/** The two signature algorithms: ACS3 (default, everywhere) and legacy ROA HMAC-SHA1 (Node and servers). */
export type SignatureAlgorithm = typeof ACS3_HMAC_SHA256 | typeof HMAC_SHA1;

/** Options of `createRequestSigner`. */
export interface RequestSignerOptions {
  /** Explicit keys, or an async provider called for every attempt. */
  credentials: CredentialsOption;
  /** `ACS3-HMAC-SHA256` (default) or `HMAC-SHA1`. */
  signatureAlgorithm?: SignatureAlgorithm;
  /** Epoch milliseconds now (defaults to `Date.now`); inject it for tests or to correct clock skew. */
  clock?: () => number;
  /** A unique `x-acs-signature-nonce` per attempt (defaults to 32 random hex digits). */
  nonce?: () => string;
  /** The `x-acs-action` header (defaults to `ListFunctionTasks`). */
  action?: string;
  /** The `x-acs-version` header (defaults to `2017-12-25`). */
  version?: string;
}

/** Builds a RequestSigner; throws InvalidArgumentError for a bad algorithm or HMAC-SHA1 in a browser. */
export function createRequestSigner(options: RequestSignerOptions): RequestSigner {
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
  const action = options.action ?? ACTION;
  const version = options.version ?? API_VERSION;
  // Explicit keys are checked once (by toCredentialsProvider above); the fast path then skips the provider's await.
  const fixed =
    typeof options.credentials === 'function' ? undefined : createCredentials(options.credentials);

  /** The date, nonce and clock checks of one attempt, shared by both forms. */
  const stamp = (): { now: number; nonceValue: string } => {
    const now = clock();
    if (typeof now !== 'number' || !Number.isFinite(now)) {
      throw new InvalidArgumentError(
        'clock',
        now,
        'The clock must return epoch milliseconds (a finite number).',
      );
    }
    const nonceValue = nonce();
    if (typeof nonceValue !== 'string' || !/^[\x21-\x7e]+$/.test(nonceValue)) {
      throw new InvalidArgumentError(
        'nonce',
        nonceValue,
        'The nonce must return a non-empty string of visible ASCII.',
      );
    }
    return { now, nonceValue };
  };

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

  const headersFor = (
    request: HeaderMapRequest,
    credentials: Credentials,
  ): Record<string, string> | null | Promise<Record<string, string> | null> => {
    const match = FAST_URL.exec(request.url);
    if (!match) return null;
    const host = match[1] as string;
    const pathname = match[2] as string;
    const search = match[3] ?? '';
    const out: Record<string, string> = {};
    let extra: string[] | undefined;
    for (const name in request.headers) {
      const value = request.headers[name] as string;
      // A `host` header is signed twice by the generic path, and `set-cookie` repeats: both are left to it.
      if (name === 'host' || name === 'set-cookie') return null;
      if (name === 'authorization' || OWN_HEADERS.has(name)) continue;
      out[name] = value;
      if (name === 'content-type' || name.startsWith('x-acs-')) {
        if (extra) extra.push(name);
        else extra = [name];
      }
    }
    const { now, nonceValue } = stamp();
    if (out.accept === undefined) out.accept = 'application/json';
    const token = credentials.securityToken;
    out['x-acs-version'] = version;
    out['x-acs-action'] = action;
    out['x-acs-signature-nonce'] = nonceValue;
    if (token) {
      out['x-acs-accesskey-id'] = credentials.accessKeyId;
      out['x-acs-security-token'] = token;
    }
    out['x-acs-date'] = acsDate(now);
    out['x-acs-content-sha256'] = EMPTY_BODY_SHA256;
    const own = token ? SIGNED_WITH_TOKEN : SIGNED_WITHOUT_TOKEN;
    const signedHeaders = extra ? [...own, ...extra].sort() : own;
    let canonicalHeaders = '';
    for (const name of signedHeaders) {
      canonicalHeaders += `${name}:${(name === 'host' ? host : (out[name] as string)).trim()}\n`;
    }
    const query =
      search.length <= 1 ? [] : search.includes('%') ? queryFromSearch(search) : splitQuery(search);
    const canonicalRequest = `${request.method}\n${canonicalUriAcs3(pathname)}\n${canonicalQueryAcs3(query)}\n${canonicalHeaders}\n${signedHeaders.join(';')}\n${EMPTY_BODY_SHA256}`;
    const finish = (signature: string) => {
      out.authorization = formatAcs3Authorization(credentials.accessKeyId, signedHeaders, signature);
      return out;
    };
    const mac = (digest: string) =>
      hmacSha256Hex(credentials.accessKeySecret, `${ACS3_HMAC_SHA256}\n${digest}`);
    // node:crypto answers synchronously: then nothing here waits; Web Crypto answers with promises.
    const digest = sha256Hex(canonicalRequest) as string | Promise<string>;
    if (typeof digest !== 'string') {
      return digest.then(async (value) => finish(await mac(value)));
    }
    const signature = mac(digest) as string | Promise<string>;
    return typeof signature === 'string' ? finish(signature) : signature.then(finish);
  };

  const signHeaders: HeaderSigner | undefined =
    algorithm === ACS3_HMAC_SHA256
      ? (request) => {
          if (fixed) return headersFor(request, fixed);
          // The provider is asked once per attempt: not when the generic form will sign (and ask) instead.
          if (
            !FAST_URL.test(request.url) ||
            request.headers.host !== undefined ||
            request.headers['set-cookie'] !== undefined
          ) {
            return null;
          }
          return provide().then((credentials) => headersFor(request, credentials));
        }
      : undefined;

  const signer: RequestSigner = async (request) => {
    const credentials = await provide();
    const { now, nonceValue } = stamp();

    const url = new URL(request.url);
    const query = queryFromSearch(url.search);
    // The signature covers the query as any server decodes it. Only a raw `+` decodes two ways (space or
    // plus), so only then is the query rewritten into its canonical encoding (openapi-fetch never sends one).
    const rewrite = url.search.includes('+');
    if (rewrite) url.search = serializeQuery(query, percentEncode);
    const body = request.body === null ? undefined : new Uint8Array(await request.arrayBuffer());
    // A bodiless request with its URL kept is signed in place (no copy: the cheap path of every GET);
    // otherwise, or when its headers are immutable, a new Request is built.
    let inPlace = !rewrite && body === undefined;
    let headers = request.headers;
    if (inPlace) {
      try {
        headers.delete('authorization');
      } catch {
        inPlace = false;
      }
    }
    if (!inPlace) {
      headers = new Headers(request.headers);
      headers.delete('authorization');
    }
    if (!headers.has('accept')) headers.set('accept', 'application/json');
    headers.set('x-acs-version', version);
    headers.set('x-acs-action', action);
    headers.set('x-acs-signature-nonce', nonceValue);
    if (credentials.securityToken) {
      headers.set('x-acs-accesskey-id', credentials.accessKeyId);
      headers.set('x-acs-security-token', credentials.securityToken);
    } else {
      headers.delete('x-acs-accesskey-id');
      headers.delete('x-acs-security-token');
    }

    const parts = { method: request.method, pathname: url.pathname, query };
    if (algorithm === ACS3_HMAC_SHA256) {
      headers.set('x-acs-date', acsDate(now));
      const hashedPayload = body === undefined ? EMPTY_BODY_SHA256 : await hashPayload(body);
      headers.set('x-acs-content-sha256', hashedPayload);
      // `host` is set by the HTTP stack from the URL (browsers forbid setting it); it is signed as sent.
      const signed = await signAcs3({
        ...parts,
        headers: [...headers, ['host', url.host]],
        hashedPayload,
        accessKeyId: credentials.accessKeyId,
        accessKeySecret: credentials.accessKeySecret,
      });
      headers.set('authorization', signed.authorization);
    } else {
      headers.set('date', formatHttpDate(now));
      headers.set('x-acs-signature-method', HMAC_SHA1);
      headers.set('x-acs-signature-version', '1.0');
      const signed = await signHmacSha1({
        ...parts,
        headers,
        accessKeyId: credentials.accessKeyId,
        accessKeySecret: credentials.accessKeySecret,
      });
      headers.set('authorization', signed.authorization);
    }

    if (inPlace) return request;
    return new Request(url, {
      method: request.method,
      headers,
      body,
      signal: request.signal,
      redirect: request.redirect,
    });
  };
  if (signHeaders) Object.defineProperty(signer, SIGN_HEADERS, { value: signHeaders });
  return signer;
}

/**
 * URLs the header-map form takes: http(s), no user info, no fragment, no raw `+` in the query (which decodes
 * two ways and makes the generic signer rewrite the query). Request URLs are already WHATWG-serialised, so the
 * host part is `URL#host`, the path `URL#pathname` and the rest `URL#search`.
 */
const FAST_URL = /^https?:\/\/([^/?#@]+)(\/[^?#]*)(\?[^#+]*)?$/;

/** The headers the signer sets itself (any value the request carries is replaced, or dropped without a token). */
const OWN_HEADERS = new Set([
  'x-acs-version',
  'x-acs-action',
  'x-acs-signature-nonce',
  'x-acs-accesskey-id',
  'x-acs-security-token',
  'x-acs-date',
  'x-acs-content-sha256',
]);

/** The signed header names of the fast path without extra signable headers, sorted once. */
const SIGNED_WITHOUT_TOKEN: readonly string[] = [
  'host',
  'x-acs-action',
  'x-acs-content-sha256',
  'x-acs-date',
  'x-acs-signature-nonce',
  'x-acs-version',
].sort();
const SIGNED_WITH_TOKEN: readonly string[] = [
  ...SIGNED_WITHOUT_TOKEN,
  'x-acs-accesskey-id',
  'x-acs-security-token',
].sort();

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
