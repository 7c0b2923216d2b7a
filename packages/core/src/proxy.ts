/**
 * The HTTP engine in Node. Without a `fetch` of the caller's, requests go out through undici's dispatcher API
 * (`undici.request`: the engine under Node's own fetch, without the WHATWG Request/Response layers, which cost
 * more than signing and parsing together), and through undici's `EnvHttpProxyAgent` when HTTPS_PROXY /
 * HTTP_PROXY (or their lower-case forms) are set, which also honours NO_PROXY. undici is imported lazily, on the
 * first request and only under Node, so the main entry stays browser-safe and its cold import stays cheap.
 */
import type { Dispatcher } from 'undici';

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

/** The parts of a Response the pipeline reads, over an undici answer (no WHATWG stream or Headers built). */
class NodeResponse {
  readonly ok: boolean;
  readonly headers: {
    get(name: string): string | null;
    forEach(fn: (value: string, name: string) => void): void;
  };
  constructor(
    readonly status: number,
    raw: Record<string, string | string[] | undefined>,
    readonly body: Dispatcher.ResponseData['body'],
  ) {
    this.ok = status >= 200 && status < 300;
    const value = (name: string) => {
      const found = raw[name.toLowerCase()];
      return found === undefined ? null : Array.isArray(found) ? found.join(', ') : found;
    };
    this.headers = {
      get: value,
      forEach: (fn) => {
        for (const name of Object.keys(raw)) fn(value(name) ?? '', name);
      },
    };
  }
  get statusText(): string {
    return '';
  }
  text(): Promise<string> {
    return this.body.text();
  }
  async json(): Promise<unknown> {
    return JSON.parse(await this.body.text());
  }
}

/**
 * The fetch the transport uses in Node when the caller gave none: undici's dispatcher API, through the proxies
 * named in the environment when there are any. Returns `null` outside Node.
 */
export async function createNodeFetch(
  env: Record<string, string | undefined> | undefined = nodeEnvironment(),
): Promise<typeof fetch | null> {
  if (env === undefined) return null;
  const undici = (await import(/* @vite-ignore */ /* webpackIgnore: true */ UNDICI)) as Undici;
  const dispatcher = hasProxyVariable(env) ? new undici.EnvHttpProxyAgent() : undici.getGlobalDispatcher();
  const send: NodeSend = async (url, method, headers, body, signal) => {
    const answer = await undici.request(url, {
      method: method as Dispatcher.HttpMethod,
      headers,
      body,
      signal,
      dispatcher,
    });
    return new NodeResponse(answer.statusCode, answer.headers, answer.body) as unknown as Response;
  };
  const nodeFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    return send(
      request.url,
      request.method,
      headers,
      request.body === null ? null : Buffer.from(await request.arrayBuffer()),
      init?.signal ?? request.signal,
    );
  };
  Object.defineProperty(nodeFetch, NODE_SEND, { value: send });
  return nodeFetch as typeof fetch;
}

/**
 * Internal: the property of the fetch built by `createNodeFetch` holding its sender, which takes the URL,
 * method and a plain header map directly (what the transport's signed path already has: no Request to read).
 */
export const NODE_SEND: unique symbol = Symbol.for('@fntasks/core/node-send');

/** Sends one request through undici; answers with the same Response stand-in as the fetch. */
export type NodeSend = (
  url: string,
  method: string,
  headers: Record<string, string>,
  body: Buffer | null,
  signal: AbortSignal | null | undefined,
) => Promise<Response>;

/** A fetch through the environment's proxies (NO_PROXY respected), or `null` when not in Node or no proxy is set. */
export async function createEnvProxyFetch(
  env: Record<string, string | undefined> | undefined = nodeEnvironment(),
): Promise<typeof fetch | null> {
  return hasProxyVariable(env) ? createNodeFetch(env) : null;
}
