/**
 * @fntasks/core/signing: the client's request signer for direct openapi-fetch users and anyone holding a WHATWG
 * `Request`. The signing maths itself (canonical request, string to sign, signatures, `Authorization` parsing) is
 * `@fntasks/protocol`'s. The action signed is the request's `x-acs-action`, else the `action` option, else the
 * operationId its method and path address in the spec's table.
 */

/** Credentials the signer takes: explicit keys or a provider called for every attempt. */
export type { Credentials, CredentialsOption, CredentialsProvider } from '../credentials.js';
/** The WHATWG signer's shape: a `Request` in, a signed `Request` out. */
export type { RequestSigner } from '../http/types.js';
/** The action a method and URL address (the operationId), as the signer derives it. */
export { actionOf } from './action.js';
/** The client's signer as an openapi-fetch middleware, for direct openapi-fetch users. */
export { createSigningMiddleware } from './middleware.js';
/** The client's signer in WHATWG form: a `Request` in, a signed `Request` out. */
export { createRequestSigner, type RequestSignerOptions } from './request-signer.js';
/** The signer's options and the two signature algorithms. */
export type { SignatureAlgorithm, SignerOptions } from './sign-attempt.js';
