/** The node:http fetch the CLI hands to core, against a real loopback server on port 0. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpFetch } from '../src/http-fetch.js';

let server: Server;
let base: string;
const seen: Array<{ method: string; url: string; headers: IncomingMessage['headers']; body: string }> = [];

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (d) => {
      body += d;
    });
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      if (req.url === '/empty') {
        res.writeHead(204).end();
      } else if (req.url === '/cut') {
        res.writeHead(200, { 'content-length': '100' });
        res.write('{"partial":');
        setTimeout(() => res.destroy(), 20);
      } else if (req.url === '/slow') {
        setTimeout(() => res.writeHead(200).end('late'), 2000);
      } else {
        res.setHeader('x-acs-request-id', 'req-1');
        res.setHeader('x-multi', ['a', 'b']);
        res.writeHead(404, 'Not Here', { 'content-type': 'application/json' }).end('{"code":"App.NotFound"}');
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

describe('createHttpFetch', () => {
  const httpFetch = createHttpFetch();

  it('sends the Request’s method, path, query and headers, and returns status, headers and body', async () => {
    const response = await httpFetch(
      new Request(`${base}/v4/x?pageSize=20&a=%20b`, {
        headers: { 'x-acs-date': 'now', accept: 'application/json' },
      }),
    );
    expect(response.status).toBe(404);
    expect(response.ok).toBe(false);
    expect(response.statusText).toBe('Not Here');
    expect(response.headers.get('x-acs-request-id')).toBe('req-1');
    expect(response.headers.get('x-multi')).toBe('a, b');
    expect(await response.json()).toEqual({ code: 'App.NotFound' });
    const request = seen.at(-1);
    expect(request?.method).toBe('GET');
    expect(request?.url).toBe('/v4/x?pageSize=20&a=%20b');
    expect(request?.headers['x-acs-date']).toBe('now');
  });

  it('sends a body for other methods', async () => {
    await httpFetch(`${base}/post`, {
      method: 'POST',
      body: '{"x":1}',
      headers: { 'content-type': 'application/json' },
    });
    expect(seen.at(-1)).toMatchObject({ method: 'POST', body: '{"x":1}' });
  });

  it('gives a 204 a null body', async () => {
    const response = await httpFetch(`${base}/empty`);
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
  });

  it('a body cut short fails when read, like fetch', async () => {
    const response = await httpFetch(`${base}/cut`);
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
  });

  it('rejects with the connection error (ECONNREFUSED) and with the abort reason', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(httpFetch(`http://127.0.0.1:${port}/`)).rejects.toMatchObject({ code: 'ECONNREFUSED' });

    const controller = new AbortController();
    const reason = new Error('stop');
    setTimeout(() => controller.abort(reason), 50);
    await expect(httpFetch(`${base}/slow`, { signal: controller.signal })).rejects.toBe(reason);
    const already = new AbortController();
    already.abort(reason);
    await expect(httpFetch(`${base}/slow`, { signal: already.signal })).rejects.toBe(reason);
  });
});
