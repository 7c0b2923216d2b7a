/**
 * Node's default engine: one request over node:http / node:https (their global agents keep connections alive).
 * The modules come from `process.getBuiltinModule`, which is synchronous and invisible to browser bundlers,
 * so the main entry stays browser-safe and nothing is loaded before the first request.
 *
 * Two things cost more than they look: node:http's `signal` option (measured on a keep-alive loop against a
 * local server: 2.0x the requests per second of `fetch` with it, 2.8x without), so the abort is wired by
 * hand; and a URL string, which node:http parses again, so the options are built from one `URL`.
 */
import type * as Http from 'node:http';
import type { EngineSend, OutgoingRequest, WireResponse } from '../http/types.js';
import { EngineResponse } from './response.js';

type GetBuiltinModule = (id: 'node:http' | 'node:https') => typeof Http;

/** The node:http engine, or `null` outside Node (or in a Node without `process.getBuiltinModule`). */
export function createHttpSend(): EngineSend | null {
  const proc = (globalThis as { process?: { getBuiltinModule?: GetBuiltinModule } }).process;
  const load = proc?.getBuiltinModule;
  if (typeof load !== 'function') return null;
  const modules: { 'node:http'?: typeof Http; 'node:https'?: typeof Http } = {};
  const moduleFor = (url: string) => {
    const id = url.startsWith('https:') ? 'node:https' : 'node:http';
    const loaded = modules[id] ?? load(id);
    modules[id] = loaded;
    return loaded;
  };
  return (request, signal) => {
    if (signal.aborted) return Promise.reject(signal.reason);
    const lib = moduleFor(request.url);
    return new Promise<WireResponse>((resolve, reject) => {
      const outgoing = lib.request(requestOptions(request));
      const onAbort = () => outgoing.destroy(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      const settle = () => signal.removeEventListener('abort', onAbort);
      outgoing.on('error', (error) => {
        settle();
        reject(signal.aborted ? signal.reason : error);
      });
      outgoing.on('response', (incoming) => {
        const status = incoming.statusCode ?? 0;
        let body = '';
        let cut: Error | undefined;
        incoming.setEncoding('utf8');
        incoming.on('data', (chunk: string) => {
          body += chunk;
        });
        incoming.on('end', () => {
          settle();
          resolve(new EngineResponse(status, incoming.headers, () => Promise.resolve(body)));
        });
        incoming.on('error', (error) => {
          cut = error;
        });
        incoming.on('close', () => {
          if (incoming.complete) return;
          settle();
          // An abort rejects the call; a connection cut mid-body fails when the body is read, as with fetch.
          if (signal.aborted) return reject(signal.reason);
          const failure = cut ?? new Error('the connection closed before the whole body arrived');
          resolve(new EngineResponse(status, incoming.headers, () => Promise.reject(failure)));
        });
      });
      outgoing.end(request.body);
    });
  };
}

/** node:http's options for a request, from one parse of its URL. */
function requestOptions(request: OutgoingRequest): Http.RequestOptions {
  const url = new URL(request.url);
  const hostname = url.hostname;
  return {
    protocol: url.protocol,
    // An IPv6 literal comes bracketed in a URL and bare in node:http's options.
    hostname: hostname.startsWith('[') ? hostname.slice(1, -1) : hostname,
    ...(url.port ? { port: Number(url.port) } : {}),
    path: `${url.pathname}${url.search}`,
    method: request.method,
    headers: request.headers,
  };
}
