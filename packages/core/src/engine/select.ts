/** Which engine the transport sends with, picked once per client on its first request. */
import { InvalidArgumentError } from '../errors.js';
import { createHttpSend } from './http.js';
import { createProxySend } from './proxy.js';
import type { EngineSend } from './types.js';

/** A core engine (Node: header maps in, no WHATWG objects) or a fetch (the caller's, or the global one). */
export type Engine = { readonly send: EngineSend } | { readonly fetch: typeof fetch };

/**
 * The caller's fetch when given; in Node, undici's proxy agent when a proxy variable is set, else node:http;
 * elsewhere the global fetch.
 */
export async function resolveEngine(callerFetch: typeof fetch | undefined): Promise<Engine> {
  if (callerFetch) return { fetch: callerFetch };
  const send = (await createProxySend()) ?? createHttpSend();
  if (send) return { send };
  const global = globalThis.fetch;
  if (typeof global !== 'function') {
    throw new InvalidArgumentError('fetch', global, 'Expected a fetch function (no global fetch was found).');
  }
  return { fetch: global };
}
