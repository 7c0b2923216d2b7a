/**
 * @fntasks/core/signing: Alibaba Cloud request signing for verifiers and direct openapi-fetch users: the two
 * signatures as pure functions over a request as sent (the emulator's verifier uses them), reading an
 * `Authorization` header back, and the WHATWG signer and openapi-fetch middleware. Node uses node:crypto, other
 * runtimes Web Crypto. Credential types and `SignatureAlgorithm` are exported by the main entry.
 */

/** ACS3-HMAC-SHA256: the canonical request and the signature of a request as sent. */
export {
  ACS3_HMAC_SHA256,
  type Acs3Canonical,
  type Acs3RequestParts,
  type Acs3Signature,
  canonicalizeAcs3,
  EMPTY_BODY_SHA256,
  hashPayload,
  signAcs3,
} from './acs3.js';
/** Parsing an Authorization header back into algorithm, AccessKey id, signed headers and signature. */
export {
  type ParsedAcs3Authorization,
  type ParsedHmacSha1Authorization,
  parseAcs3Authorization,
  parseAuthorization,
} from './authorization.js';
/** The `x-acs-date` and `date` formats. */
export { formatAcsDate, formatHttpDate } from './dates.js';
/** The path the official SDK signed, from the path a server received. */
export { sdkSignedPath } from './encode.js';
/** Legacy ROA HMAC-SHA1: the string to sign and the signature. */
export {
  HMAC_SHA1,
  type HmacSha1RequestParts,
  type HmacSha1Signature,
  signHmacSha1,
  stringToSignHmacSha1,
} from './hmac-sha1.js';
/** The query and header shapes the pure functions accept, and decoding a raw query as a server does. */
export { type HeaderInput, type QueryInput, queryFromSearch } from './inputs.js';
/** The client's signer as an openapi-fetch middleware, for direct openapi-fetch users. */
export { createSigningMiddleware } from './middleware.js';
/** The client's signer in WHATWG form: a `Request` in, a signed `Request` out. */
export { createRequestSigner, type RequestSignerOptions } from './request-signer.js';
