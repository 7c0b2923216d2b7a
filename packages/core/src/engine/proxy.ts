/**
 * Node's engine when HTTPS_PROXY / HTTP_PROXY (or their lower-case forms) are set: undici's `EnvHttpProxyAgent`,
 * which also honours NO_PROXY, through undici's dispatcher API (no WHATWG Request/Response layers, and no
 * redirect following: undici's `request` follows none). undici is an optional peer dependency, imported on the
 * first request and only then; this module is reached only through the `node` condition of `#engine`, so a
 * browser bundle never sees the name.
 */
import type { Dispatcher } from 'undici';
import type { EngineSend } from '../http/types.js';
import { classifyFailure } from './not-written.js';
import { NodeHeaders } from './response.js';

type Undici = typeof import('undici');

/** The variables that turn the proxy on (NO_PROXY alone does not). */
export const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'] as const;

/** True when a proxy variable with a non-empty value is set. */
export function hasProxyVariable(env: Record<string, string | undefined> | undefined): boolean {
  return env !== undefined && PROXY_VARIABLES.some((name) => (env[name] ?? '').trim() !== '');
}

/** undici, whichever way it is loaded (native ESM import of CommonJS, or a bundler's interop object). */
async function loadUndici(): Promise<Undici> {
  let loaded: Undici & { default?: Undici };
  try {
    loaded = await import('undici');
  } catch (error) {
    throw new Error(
      `A proxy variable (${PROXY_VARIABLES.join(', ')}) is set, and sending through a proxy needs the optional peer dependency undici: install it (npm install undici) or unset the variable. (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  return typeof loaded.EnvHttpProxyAgent === 'function' ? loaded : (loaded.default as Undici);
}

/** The proxy engine, or `null` when no proxy variable is set. */
export async function createProxySend(
  env: Record<string, string | undefined> = process.env,
): Promise<EngineSend | null> {
  if (!hasProxyVariable(env)) return null;
  const undici = await loadUndici();
  const dispatcher = new undici.EnvHttpProxyAgent();
  return async (request, scope) => {
    let answer: Dispatcher.ResponseData;
    try {
      answer = await undici.request(request.url, {
        method: request.method as Dispatcher.HttpMethod,
        headers: request.headers,
        ...(request.body !== undefined ? { body: request.body } : {}),
        signal: scope.signal,
        dispatcher,
      });
    } catch (error) {
      throw scope.ended ?? classifyFailure(error);
    }
    const headers = new NodeHeaders(answer.headers);
    if (answer.statusCode >= 300 && answer.statusCode < 400) {
      // A redirect's body is never read (the pipeline refuses the answer).
      answer.body.resume();
      return { status: answer.statusCode, headers, text: '' };
    }
    // The whole body is read before answering, as the node:http engine does (one behaviour for the pipeline).
    try {
      return { status: answer.statusCode, headers, text: await answer.body.text() };
    } catch (error) {
      if (scope.ended) throw scope.ended;
      return { status: answer.statusCode, headers, text: '', bodyError: error };
    }
  };
}
