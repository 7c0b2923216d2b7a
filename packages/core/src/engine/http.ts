/**
 * Node's default engine: one request over node:http / node:https (their global agents keep connections alive).
 * The modules come from `process.getBuiltinModule`, which is synchronous and invisible to browser bundlers,
 * so the main entry stays browser-safe and nothing is loaded before the first request.
 *
 * What it avoids costs more than it looks on a keep-alive loop: node:http's `signal` option and an AbortSignal
 * listener per request (the call scope's cancel hook destroys the request instead), a URL string, which
 * node:http parses again (each origin is parsed once and its options kept; only the path changes per call), and
 * a header object, which node:http copies header by header through `setHeader` (a flat list goes straight to
 * the request head; `host` and, with a body, `content-length` are then ours to write, as node:http would).
 */
import type * as Http from 'node:http';
import { boundedMemo } from '../bounded-memo.js';
import type { EngineSend, OutgoingRequest, WireResponse } from '../http/types.js';
import { classifyFailure } from './not-written.js';
import { NodeHeaders } from './response.js';

type GetBuiltinModule = (id: 'node:http' | 'node:https') => typeof Http;

/** An origin's module and connection options, parsed once. */
interface Target {
  readonly lib: typeof Http;
  /** The `Host` header: the URL's host with its port unless it is the scheme's default (as node:http writes it). */
  readonly host: string;
  readonly protocol: string;
  readonly hostname: string;
  readonly port: number | undefined;
}

/** Origins kept parsed; a client talks to one, so this only bounds a process that talks to very many. */
const MAX_TARGETS = 64;

/** The node:http engine, or `null` outside Node (or in a Node without `process.getBuiltinModule`). */
export function createHttpSend(): EngineSend | null {
  const proc = (globalThis as { process?: { getBuiltinModule?: GetBuiltinModule } }).process;
  const load = proc?.getBuiltinModule;
  if (typeof load !== 'function') return null;
  const targetOf = boundedMemo(MAX_TARGETS, (origin: string): Target => {
    const url = new URL(origin);
    const hostname = url.hostname;
    return {
      lib: load(url.protocol === 'https:' ? 'node:https' : 'node:http'),
      host: url.host,
      protocol: url.protocol,
      // An IPv6 literal comes bracketed in a URL and bare in node:http's options.
      hostname: hostname.startsWith('[') ? hostname.slice(1, -1) : hostname,
      port: url.port ? Number(url.port) : undefined,
    };
  });

  return (request, scope) => {
    if (scope.ended) return Promise.reject(scope.ended);
    const url = request.url;
    // A WHATWG-serialised absolute URL: the path starts at the first `/` after `scheme://`.
    const slash = url.indexOf('/', url.indexOf('//') + 2);
    const target = targetOf(slash === -1 ? url : url.slice(0, slash));
    return new Promise<WireResponse>((resolve, reject) => {
      const outgoing = target.lib.request(
        requestOptions(request, target, slash === -1 ? '/' : url.slice(slash)),
      );
      const cancel = (reason: Error) => outgoing.destroy(reason);
      scope.onCancel(cancel);
      outgoing.on('error', (error) => {
        scope.offCancel(cancel);
        reject(scope.ended ?? classifyFailure(error));
      });
      outgoing.on('response', (incoming) => {
        const status = incoming.statusCode ?? 0;
        const headers = new NodeHeaders(incoming.headers);
        if (status >= 300 && status < 400) {
          // A redirect's body is never read (the pipeline refuses the answer); draining keeps the socket usable.
          scope.offCancel(cancel);
          incoming.resume();
          resolve({ status, headers, text: '' });
          return;
        }
        let text = '';
        let cut: unknown;
        incoming.setEncoding('utf8');
        incoming.on('data', (chunk: string) => {
          text += chunk;
        });
        incoming.on('end', () => {
          scope.offCancel(cancel);
          resolve({ status, headers, text });
        });
        incoming.on('error', (error) => {
          cut = error;
        });
        incoming.on('close', () => {
          if (incoming.complete) return;
          scope.offCancel(cancel);
          // An abort rejects the call; a connection cut mid-body is reported with the part that arrived.
          if (scope.ended) return reject(scope.ended);
          const bodyError = cut ?? new Error('the connection closed before the whole body arrived');
          resolve({ status, headers, text, bodyError });
        });
      });
      outgoing.end(request.body);
    });
  };
}

/** node:http's options for a request to a parsed origin, its headers as a flat `[name, value, …]` list. */
function requestOptions(request: OutgoingRequest, target: Target, path: string): Http.RequestOptions {
  const headers: string[] = [];
  let hasHost = false;
  for (const name in request.headers) {
    if (name === 'content-length') continue;
    if (name === 'host') hasHost = true;
    headers.push(name, request.headers[name] as string);
  }
  if (!hasHost) headers.push('host', target.host);
  // Known before the head is written, so never chunked (node:http's own choice for a POST of unknown length).
  if (request.body !== undefined || request.method === 'POST') {
    headers.push('content-length', String(Buffer.byteLength(request.body ?? '', 'utf8')));
  }
  return {
    protocol: target.protocol,
    hostname: target.hostname,
    port: target.port,
    path,
    method: request.method,
    headers,
  };
}
