/**
 * Corporate proxies in Node: when HTTPS_PROXY / HTTP_PROXY (or their lower-case forms) are set and the
 * caller gave no `fetch` of its own, requests go through undici's `EnvHttpProxyAgent`, which also honours
 * NO_PROXY. undici is imported lazily, only under Node and only when a proxy variable is set, so the main
 * entry stays browser-safe and its cold import stays cheap.
 */
type Undici = typeof import('undici');

/** The variables that turn the proxy on (NO_PROXY alone does not). */
export const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'] as const;

// A variable, so that bundlers for the browser do not try to resolve a Node-only module.
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

/**
 * A fetch that sends through the proxies named in the environment (NO_PROXY respected), or `null` when
 * not in Node or no proxy variable is set.
 */
export async function createEnvProxyFetch(
  env: Record<string, string | undefined> | undefined = nodeEnvironment(),
): Promise<typeof fetch | null> {
  if (!hasProxyVariable(env)) return null;
  const undici = (await import(/* @vite-ignore */ /* webpackIgnore: true */ UNDICI)) as Undici;
  const dispatcher = new undici.EnvHttpProxyAgent();
  const proxyFetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    // undici's fetch has its own Request class: hand it plain parts rather than the global Request.
    if (input instanceof Request) {
      return undici.fetch(input.url, {
        method: input.method,
        headers: [...input.headers],
        signal: init?.signal ?? input.signal,
        dispatcher,
      }) as unknown as Promise<Response>;
    }
    return undici.fetch(String(input), {
      ...(init as object),
      dispatcher,
    } as never) as unknown as Promise<Response>;
  };
  return proxyFetch as typeof fetch;
}
