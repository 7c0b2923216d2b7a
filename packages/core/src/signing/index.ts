/**
 * @fntasks/core/signing: the client's request signer for direct openapi-fetch users and anyone holding a WHATWG
 * `Request`. The signing maths itself (canonical request, string to sign, signatures, `Authorization` parsing) is
 * `@fntasks/protocol`'s. Credential types and `SignatureAlgorithm` are exported by the main entry.
 */

/** The client's signer as an openapi-fetch middleware, for direct openapi-fetch users. */
export { createSigningMiddleware } from './middleware.js';
/** The client's signer in WHATWG form: a `Request` in, a signed `Request` out. */
export { createRequestSigner, type RequestSignerOptions } from './request-signer.js';
