/**
 * Which engine a client sends with, picked once per client on its first request. The runtime's own engine comes
 * from `#engine` (node:http / undici in Node, nothing elsewhere), imported then and not before: importing core
 * loads no engine at all.
 */
import { InvalidArgumentError } from '../errors.js';
import type { EngineSend } from '../http/types.js';
import { fetchEngine } from './fetch.js';

/**
 * The caller's fetch when given; in Node, undici's proxy agent when a proxy variable is set, else node:http;
 * elsewhere the global fetch.
 */
export async function resolveEngine(callerFetch: typeof fetch | undefined): Promise<EngineSend> {
  if (callerFetch) return fetchEngine(callerFetch);
  const { createDefaultSend } = await import('#engine');
  const own = await createDefaultSend();
  if (own) return own;
  const global = globalThis.fetch;
  if (typeof global !== 'function') {
    throw new InvalidArgumentError('fetch', global, 'Expected a fetch function (no global fetch was found).');
  }
  return fetchEngine(global);
}
