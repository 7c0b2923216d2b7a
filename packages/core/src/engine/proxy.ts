/**
 * Node's engine when HTTPS_PROXY / HTTP_PROXY (or their lower-case forms) are set: undici's `EnvHttpProxyAgent`,
 * which also honours NO_PROXY, through undici's dispatcher API (no WHATWG Request/Response layers). undici is
 * imported lazily, on the first request and only then, so the main entry stays browser-safe and cheap to import.
 */
import type { Dispatcher } from 'undici';
import { EngineResponse } from './response.js';
import type { EngineSend } from './types.js';

type Undici = typeof import('undici');

/** The variables that turn the proxy on (NO_PROXY alone does not). */
export const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'] as const;

// A variable, so that bundlers for the browser do not try to resolve a Node-only module. (The CLI's build
// rewrites this import to bundle undici into a lazy chunk: keep the `import(UNDICI)` spelling.)
const UNDICI = 'undici';

/** The Node `process.env`, or `undefined` outside Node (browsers, workers). */
export function nodeEnvironment(): Record<string, string | undefined> | undefined {
  const proc = (
    globalThis as { process?: { versions?: { node?: string }; env?: Record<string, string | undefined> } }
  ).process;
  return proc?.versions?.node ? proc.env : undefined;
}

/** True when a proxy variable with a non-empty value is set. */
export function hasProxyVariable(env: Record<string, string | undefined> | undefined): boolean {
  return env !== undefined && PROXY_VARIABLES.some((name) => (env[name] ?? '').trim() !== '');
}

/** The proxy engine, or `null` when not in Node or no proxy variable is set. */
export async function createProxySend(
  env: Record<string, string | undefined> | undefined = nodeEnvironment(),
): Promise<EngineSend | null> {
  if (!hasProxyVariable(env)) return null;
  const undici = (await import(/* @vite-ignore */ /* webpackIgnore: true */ UNDICI)) as Undici;
  const dispatcher = new undici.EnvHttpProxyAgent();
  return async (request, signal) => {
    const answer = await undici.request(request.url, {
      method: request.method as Dispatcher.HttpMethod,
      headers: request.headers,
      signal,
      dispatcher,
    });
    // The whole body is read before answering, as the node:http engine does (one behaviour for the transport).
    const text = await answer.body.text().then(
      (body) => () => Promise.resolve(body),
      (error: unknown) => {
        if (signal.aborted) throw signal.reason;
        return () => Promise.reject(error);
      },
    );
    return new EngineResponse(answer.statusCode, answer.headers, text) as unknown as Response;
  };
}
