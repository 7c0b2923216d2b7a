/**
 * Node's default engine: one request over node:http / node:https (their global agents keep connections alive).
 * The modules come from `process.getBuiltinModule`, which is synchronous and invisible to browser bundlers,
 * so the main entry stays browser-safe and nothing is loaded before the first request.
 */
import type * as Http from 'node:http';
import { EngineResponse } from './response.js';
import type { EngineSend } from './types.js';

type GetBuiltinModule = (id: 'node:http' | 'node:https') => typeof Http;

/** The node:http engine, or `null` outside Node (or in a Node without `process.getBuiltinModule`). */
export function createHttpSend(): EngineSend | null {
  const proc = (globalThis as { process?: { getBuiltinModule?: GetBuiltinModule } }).process;
  const load = proc?.getBuiltinModule;
  if (typeof load !== 'function') return null;
  return (request, signal) => {
    const { request: send } = load(request.url.startsWith('https:') ? 'node:https' : 'node:http');
    return new Promise<Response>((resolve, reject) => {
      const outgoing = send(request.url, { method: request.method, headers: request.headers, signal });
      outgoing.on('error', (error) => reject(signal.aborted ? signal.reason : error));
      outgoing.on('response', (incoming) => {
        const status = incoming.statusCode ?? 0;
        const chunks: Buffer[] = [];
        let cut: Error | undefined;
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          resolve(
            new EngineResponse(status, incoming.headers, () => Promise.resolve(body)) as unknown as Response,
          );
        });
        incoming.on('error', (error) => {
          cut = error;
        });
        incoming.on('close', () => {
          if (incoming.complete) return;
          // An abort rejects the call; a connection cut mid-body fails when the body is read, as with fetch.
          if (signal.aborted) return reject(signal.reason);
          const failure = cut ?? new Error('the connection closed before the whole body arrived');
          resolve(
            new EngineResponse(status, incoming.headers, () =>
              Promise.reject(failure),
            ) as unknown as Response,
          );
        });
      });
      outgoing.end();
    });
  };
}
