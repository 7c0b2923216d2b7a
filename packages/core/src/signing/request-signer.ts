/**
 * The client's signer: for each attempt, fetches credentials, stamps a fresh date and nonce, and signs the
 * path and query exactly as they go on the wire (the query as any server decodes it). A bodiless GET is signed
 * in place; anything else gets a new Request.
 */
import { type CredentialsOption, toCredentialsProvider } from '../credentials.js';
import { InvalidArgumentError } from '../errors.js';
import type { RequestSigner } from '../transport.js';
import { ACTION, API_VERSION } from '../wire/protocol.js';
import { ACS3_HMAC_SHA256, EMPTY_BODY_SHA256, hashPayload, signAcs3 } from './acs3.js';
import { formatAcsDate, formatHttpDate } from './dates.js';
import { percentEncode } from './encode.js';
import { isBrowserLike } from './environment.js';
import { HMAC_SHA1, signHmacSha1 } from './hmac-sha1.js';
import { queryFromSearch, serializeQuery } from './inputs.js';
import { randomNonce } from './nonce.js';

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

  return async (request) => {
    const credentials = await provide();
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
      headers.set('x-acs-date', formatAcsDate(now));
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
}
