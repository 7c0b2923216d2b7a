/**
 * The fetch pipeline under openapi-fetch: for each attempt, sign a fresh copy of the request, send it,
 * and turn transport failures into typed errors. openapi-fetch cannot re-run its `onRequest` middleware,
 * so signing lives here, in the layer that retries.
 */
import { NetworkError, RequestAbortedError } from './errors.js';

/** Signs one attempt of a request (fresh date and nonce each time); returns the request to send. */
export type RequestSigner = (request: Request) => Promise<Request>;

/** Per-call options: cancellation and a timeout for this call. */
export interface CallOptions {
  /** Aborts the call; it then rejects with RequestAbortedError. */
  signal?: AbortSignal;
  /** Overrides the client's `timeoutMs` for this call. */
  timeoutMs?: number;
}

/** Sends one request through signing and the base fetch; no retry (see retry.ts). */
export interface Transport {
  send(request: Request, call?: CallOptions): Promise<Response>;
}

/** Builds the single-attempt transport. */
export function createSingleAttemptTransport(baseFetch: typeof fetch, signer?: RequestSigner): Transport {
  return {
    async send(request, call) {
      if (call?.signal?.aborted) throw new RequestAbortedError(call.signal.reason);
      const signed = signer ? await signer(request.clone()) : request.clone();
      try {
        return await baseFetch(signed, call?.signal ? { signal: call.signal } : undefined);
      } catch (error) {
        if (call?.signal?.aborted) throw new RequestAbortedError(call.signal.reason);
        throw new NetworkError(new URL(request.url).origin, error);
      }
    },
  };
}
