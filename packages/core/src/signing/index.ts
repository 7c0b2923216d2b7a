/**
 * @fntasks/core/signing: Alibaba Cloud request signing as pure functions (shared by the client's signer and
 * the emulator's verifier) plus the WHATWG signer and openapi-fetch middleware. Credential types and
 * `SignatureAlgorithm` are exported by the main entry. Node uses node:crypto, other runtimes Web Crypto.
 */

/** ACS3-HMAC-SHA256: canonical request, string to sign, signature, Authorization header. */
export {
  ACS3_HMAC_SHA256,
  type Acs3Canonical,
  type Acs3RequestParts,
  type Acs3Signature,
  canonicalHeadersAcs3,
  canonicalizeAcs3,
  canonicalQueryAcs3,
  EMPTY_BODY_SHA256,
  formatAcs3Authorization,
  hashPayload,
  isSignableAcs3Header,
  signAcs3,
  stringToSignAcs3,
} from './acs3.js';
/** Parsing an Authorization header back into algorithm, AccessKey id, signed headers and signature. */
export {
  type ParsedAcs3Authorization,
  type ParsedHmacSha1Authorization,
  parseAcs3Authorization,
  parseAuthorization,
  parseHmacSha1Authorization,
} from './authorization.js';
/** The `x-acs-date` and `date` formats. */
export { formatAcsDate, formatHttpDate } from './dates.js';
/** The official percent-encoding, the ACS3 CanonicalURI rewrite, and the SDK-signed form of a received path. */
export { canonicalUriAcs3, percentEncode, sdkSignedPath } from './encode.js';
/** True in a browser page or worker, where HMAC-SHA1 cannot be used. */
export { isBrowserLike } from './environment.js';
/** Legacy ROA HMAC-SHA1: string to sign, signature, Authorization header. */
export {
  formatHmacSha1Authorization,
  HMAC_SHA1,
  type HmacSha1RequestParts,
  type HmacSha1Signature,
  signHmacSha1,
  stringToSignHmacSha1,
} from './hmac-sha1.js';
/** Query and header inputs: the accepted shapes, decoding a raw query, and the canonical wire serialisation. */
export {
  type HeaderInput,
  headerValues,
  type QueryInput,
  queryFromSearch,
  queryPairs,
  serializeQuery,
} from './inputs.js';
/** The same signer as an openapi-fetch middleware, for direct openapi-fetch users. */
export { createSigningMiddleware } from './middleware.js';
/** The default nonce generator. */
export { randomNonce } from './nonce.js';
/** The client's per-attempt signer. */
export { createRequestSigner, type RequestSignerOptions } from './request-signer.js';
