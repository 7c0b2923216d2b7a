/**
 * The signer as an openapi-fetch middleware, for callers who use openapi-fetch directly with the generated
 * `@fntasks/core/openapi` types. (The client itself signs in its transport, so that each retry is re-signed:
 * openapi-fetch cannot re-run middleware per attempt.)
 */
import type { Middleware } from 'openapi-fetch';
import { createRequestSigner, type RequestSignerOptions } from './request-signer.js';

/** An openapi-fetch middleware whose `onRequest` signs every request (fresh date and nonce each time). */
export function createSigningMiddleware(options: RequestSignerOptions): Middleware {
  const sign = createRequestSigner(options);
  return { onRequest: ({ request }) => sign(request) };
}
