/**
 * The WHATWG form of the signer, a thin adapter over `createAttemptSigner` (one signing implementation): a
 * `Request` in, a signed `Request` out, for openapi-fetch users (`createSigningMiddleware`) and anyone holding a
 * `Request`. And the other way round, a caller's own `RequestSigner` as the client's per-attempt signer.
 */

import type { HttpMethod, OutgoingRequest, RequestSigner } from '../http/types.js';
import { actionOf } from './action.js';
import { createAttemptSigner, type SignAttempt, type SignerOptions } from './sign-attempt.js';

/** Options of `createRequestSigner`: the signer's options plus, optionally, the action it signs. */
export interface RequestSignerOptions extends SignerOptions {
  /**
   * The `x-acs-action` signed when the request carries none. Without it the action is the operationId of the
   * operation the method and path address (read from the spec's table).
   */
  action?: string;
}

/** Builds a RequestSigner; throws InvalidArgumentError for a bad algorithm or HMAC-SHA1 in a browser. */
export function createRequestSigner(options: RequestSignerOptions): RequestSigner {
  const sign = createAttemptSigner(options);
  return async (request) => {
    // A request that names its action (the client does, for every operation) is signed for that action.
    const action =
      request.headers.get('x-acs-action') ?? options.action ?? actionOf(request.method, request.url);
    // Bodies here are JSON text; the body is hashed as the UTF-8 bytes that go on the wire.
    const body = request.body === null ? undefined : await request.text();
    const signed = await sign(
      {
        method: request.method as HttpMethod,
        url: request.url,
        headers: Object.fromEntries(request.headers),
        ...(body !== undefined ? { body } : {}),
      },
      action,
    );
    return new Request(signed.url, {
      method: request.method,
      headers: signed.headers,
      ...(body !== undefined ? { body } : {}),
      signal: request.signal,
      redirect: request.redirect,
    });
  };
}

/** A caller's own WHATWG signer as the client's per-attempt signer; the action goes in as `x-acs-action`. */
export function fromRequestSigner(signer: RequestSigner): SignAttempt {
  return async (request: OutgoingRequest, action: string) => {
    const signed = await signer(
      new Request(request.url, {
        method: request.method,
        headers: { ...request.headers, 'x-acs-action': action },
        ...(request.body !== undefined ? { body: request.body } : {}),
      }),
    );
    return {
      method: request.method,
      url: signed.url,
      headers: Object.fromEntries(signed.headers),
      ...(request.body !== undefined ? { body: request.body } : {}),
    };
  };
}
