/**
 * A gateway on loopback in front of the emulator, as an API gateway between a client and the service: it forwards
 * every request; the requests of `method` (POST unless told) it lists in `answer502` are forwarded (so the emulator
 * carries them out) and then answered with the gateway's own HTML 502 instead of the emulator's answer. It counts
 * the requests of that method it received.
 */
import { createServer, request } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface Gateway {
  readonly url: string;
  /** Requests of the gateway's method (POST unless told) received so far. */
  readonly posts: number;
  close(): Promise<void>;
}

// Per-hop headers: the gateway writes its own.
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length']);

/**
 * Starts the gateway; the `answer502`-th requests of `method` (1 for the first) get a 502 after the emulator
 * carried them out.
 */
export async function startGateway(
  target: string,
  answer502: readonly number[] = [1],
  method = 'POST',
): Promise<Gateway> {
  const upstream = new URL(target);
  const sockets = new Set<Socket>();
  let posts = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const postNumber = req.method === method ? ++posts : 0;
      const forwarded = request(
        new URL(req.url ?? '/', upstream),
        { method: req.method, headers: { ...req.headers, host: upstream.host } },
        (answer) => {
          const body: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => body.push(chunk));
          answer.on('end', () => {
            if (answer502.includes(postNumber)) {
              res.writeHead(502, { 'content-type': 'text/html' });
              res.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
              return;
            }
            const headers: Record<string, string | string[]> = {};
            for (const [name, value] of Object.entries(answer.headers)) {
              if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
            }
            const text = Buffer.concat(body);
            res.writeHead(answer.statusCode ?? 502, { ...headers, 'content-length': String(text.length) });
            res.end(text);
          });
        },
      );
      forwarded.on('error', (error) => res.destroy(error));
      forwarded.end(Buffer.concat(chunks));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get posts() {
      return posts;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const socket of sockets) socket.destroy();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
