/**
 * The `fetch` the CLI hands to core (core's documented `fetch` option): one request over node:http / node:https.
 * Why: a CLI lives for one or a few requests, and the first call of Node's fetch (or core's undici engine)
 * loads and starts undici's whole HTTP stack, which costs more than the rest of a `fntasks list` run. Core
 * still builds, signs, retries, times out and reads every request; this only moves the bytes. Used only when
 * no proxy variable is set (core's engine is the one that honours HTTPS_PROXY / NO_PROXY).
 */
import type { IncomingMessage } from 'node:http';

/** Statuses whose Response must not have a body. */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/** Creates the fetch; each call sends one request and buffers the answer into a standard `Response`. */
export function createHttpFetch(): typeof fetch {
  const httpFetch = async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    const signal = init?.signal ?? request.signal;
    const url = new URL(request.url);
    const { request: send } =
      url.protocol === 'https:' ? await import('node:https') : await import('node:http');
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const body =
      request.method === 'GET' || request.method === 'HEAD' || request.body === null
        ? undefined
        : Buffer.from(await request.arrayBuffer());
    signal?.throwIfAborted();

    return new Promise<Response>((resolve, reject) => {
      const outgoing = send(
        url,
        { method: request.method, headers, ...(signal ? { signal } : {}) },
        (incoming: IncomingMessage) => {
          const chunks: Buffer[] = [];
          const status = incoming.statusCode ?? 0;
          const init = {
            status,
            statusText: incoming.statusMessage ?? '',
            headers: pairs(incoming.rawHeaders),
          };
          incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
          incoming.on('end', () => {
            resolve(new Response(NULL_BODY.has(status) ? null : Buffer.concat(chunks), init));
          });
          // A body cut short (e.g. content-length not reached) fails when read, as it would with fetch.
          incoming.on('error', (error) => {
            if (signal?.aborted) return reject(signal.reason);
            resolve(
              new Response(
                new ReadableStream({
                  start(controller) {
                    controller.error(error);
                  },
                }),
                init,
              ),
            );
          });
        },
      );
      outgoing.on('error', (error) => reject(signal?.aborted ? signal.reason : error));
      outgoing.end(body);
    });
  };
  return httpFetch as typeof fetch;
}

/** Node's flat raw header list as name/value pairs (repeated names kept). */
function pairs(raw: readonly string[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let i = 0; i + 1 < raw.length; i += 2) out.push([raw[i] as string, raw[i + 1] as string]);
  return out;
}
