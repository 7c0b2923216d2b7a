/** Node's node:http engine against a real loopback server on port 0: what it sends, reads, and how it fails. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpSend } from '../src/engine/http.js';
import { RequestAbortedError } from '../src/errors.js';
import { NotWrittenFailure, type OutgoingRequest } from '../src/http/types.js';
import { CallScope, type ScopeEnd } from '../src/timeout.js';

let server: Server;
let base: string;
const seen: Array<{ method: string; url: string; headers: IncomingMessage['headers'] }> = [];

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    req.resume();
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
      if (req.url === '/empty') {
        res.writeHead(204).end();
      } else if (req.url === '/cut') {
        res.writeHead(200, { 'content-length': '100' });
        res.write('{"partial":');
        setTimeout(() => res.destroy(), 20);
      } else if (req.url === '/slow') {
        setTimeout(() => res.writeHead(200).end('late'), 2000);
      } else if (req.url === '/slow-body') {
        res.writeHead(200, { 'content-length': '100' });
        res.write('{"partial":');
      } else {
        res.setHeader('x-acs-request-id', 'req-1');
        res.setHeader('x-multi', ['a', 'b']);
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"code":"App.NotFound","msg":"½"}');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const engine = createHttpSend();
/** The engine (this file only runs in Node, where it always exists). */
function send(request: OutgoingRequest, scope: CallScope = new CallScope(undefined, undefined)) {
  if (!engine) throw new Error('no node:http engine in this Node');
  return engine(request, scope);
}
const get = (path: string, headers: Record<string, string> = {}): OutgoingRequest => ({
  method: 'GET',
  url: `${base}${path}`,
  headers,
});

describe('the node:http engine', () => {
  it('exists in Node', () => {
    expect(engine).toBeTypeOf('function');
  });

  it('sends the method, path, query and headers; returns status, headers and the UTF-8 body', async () => {
    const response = await send(
      get('/v4/x?pageSize=20&a=%20b', { 'x-acs-date': 'now', accept: 'application/json' }),
      new CallScope(undefined, undefined),
    );
    expect(response.status).toBe(404);
    expect(response.headers.get('X-ACS-Request-Id')).toBe('req-1');
    expect(response.headers.get('x-multi')).toBe('a, b');
    expect(response.headers.get('x-absent')).toBeNull();
    expect(JSON.parse(response.text)).toEqual({ code: 'App.NotFound', msg: '½' });
    expect(seen.at(-1)).toMatchObject({ method: 'GET', url: '/v4/x?pageSize=20&a=%20b' });
    expect(seen.at(-1)?.headers['x-acs-date']).toBe('now');
  });

  it('writes Host as node:http would, and a POST with a known length (never chunked)', async () => {
    await send(get('/empty'));
    expect(seen.at(-1)?.headers.host).toBe(base.slice('http://'.length));
    await send({ method: 'POST', url: `${base}/empty`, headers: {} });
    expect(seen.at(-1)).toMatchObject({ method: 'POST' });
    expect(seen.at(-1)?.headers['content-length']).toBe('0');
    expect(seen.at(-1)?.headers['transfer-encoding']).toBeUndefined();
    await send({ method: 'POST', url: `${base}/empty`, headers: {}, body: '{"a":"½"}' });
    expect(seen.at(-1)?.headers['content-length']).toBe('10');
    await send(get('/empty', { host: 'signed.example:8080' }));
    expect(seen.at(-1)?.headers.host).toBe('signed.example:8080');
    expect(seen.at(-1)?.headers.connection).toBe('keep-alive');
  });

  it('reads a 204 as an empty body', async () => {
    const response = await send(get('/empty'), new CallScope(undefined, undefined));
    expect(response.status).toBe(204);
    expect(response.text).toBe('');
  });

  it('answers a body cut short with what arrived and the error that cut it', async () => {
    const response = await send(get('/cut'));
    expect(response.status).toBe(200);
    expect(response.text).toBe('{"partial":');
    expect(response.bodyError).toBeInstanceOf(Error);
  });

  it('rejects a refused connection as provably not written (NotWrittenFailure around ECONNREFUSED)', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await send(
      { method: 'POST', url: `http://127.0.0.1:${port}/`, headers: {} },
      new CallScope(undefined, undefined),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotWrittenFailure);
    expect((error as NotWrittenFailure).cause).toMatchObject({ code: 'ECONNREFUSED', syscall: 'connect' });
  });

  it('never claims unwritten a connection the server accepted and then dropped', async () => {
    const dropping = createServer((req) => req.socket.destroy());
    await new Promise<void>((resolve) => dropping.listen(0, '127.0.0.1', resolve));
    const port = (dropping.address() as AddressInfo).port;
    const error = await send(
      { method: 'POST', url: `http://127.0.0.1:${port}/`, headers: {} },
      new CallScope(undefined, undefined),
    ).catch((e: unknown) => e);
    await new Promise<void>((resolve) => dropping.close(() => resolve()));
    expect(error).not.toBeInstanceOf(NotWrittenFailure);
    expect(error).toMatchObject({ code: 'ECONNRESET' });
  });

  it("rejects with the scope's reason: before the answer, mid-body, at the deadline, and when already ended", async () => {
    for (const path of ['/slow', '/slow-body']) {
      const controller = new AbortController();
      const scope = new CallScope(controller.signal, undefined);
      setTimeout(() => controller.abort(new Error('stop')), 50);
      const error = await send(get(path), scope).catch((e: ScopeEnd) => e);
      expect(error).toBeInstanceOf(RequestAbortedError);
      expect(error).toBe(scope.ended);
      expect((error as Error).cause).toMatchObject({ message: 'stop' });
    }
    const timed = new CallScope(undefined, 50);
    await expect(send(get('/slow'), timed)).rejects.toMatchObject({
      name: 'RequestTimeoutError',
      timeoutMs: 50,
    });
    const already = new CallScope(AbortSignal.abort(new Error('before')), undefined);
    await expect(send(get('/slow'), already)).rejects.toBe(already.ended);
  });
});
