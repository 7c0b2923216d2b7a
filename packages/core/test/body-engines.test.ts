/**
 * A JSON request body through every engine the client has — node:http (Node's default), a caller's `fetch` (the
 * browsers' path), and undici's proxy agent (HTTP_PROXY) — arrives byte for byte as signed: the same text, its
 * UTF-8 length, the signed content type, and a hash and signature the official implementation computes over the
 * bytes received.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFunctionTasksClient, type FunctionTasksClientOptions } from '../src/index.js';
import { envelope, type FamilyServer, startFamilyServer } from './family-server.js';
import { type ForwardProxy, startProxy } from './proxy-server.js';
import { officialAuthorizationFor, officialBodyHash, receivedRequest } from './signing-oracle.js';

const KEYS = { accessKeyId: 'LTAI5tBodyEngines01', accessKeySecret: 'body-engines-secret' };
const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy'];
/** Non-ASCII text: the length and the hash must be of the UTF-8 bytes, not of the characters. */
const DESCRIPTION = 'nächtlich ✓ 模型 🚀';

let server: FamilyServer;
let proxy: ForwardProxy | undefined;
let saved: Record<string, string | undefined>;
beforeAll(async () => {
  server = await startFamilyServer();
  server.handlers.UpdateFunctionInstance = () => ({ body: envelope() });
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  saved = Object.fromEntries(PROXY_VARIABLES.map((name) => [name, process.env[name]]));
  for (const name of PROXY_VARIABLES) delete process.env[name];
});
afterEach(async () => {
  for (const name of PROXY_VARIABLES) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  await proxy?.close();
  proxy = undefined;
});

const engines: Array<[string, () => Promise<Partial<FunctionTasksClientOptions>>]> = [
  ['node:http', async () => ({})],
  ['a caller’s fetch', async () => ({ fetch: (input, init) => fetch(input, init) })],
  [
    'undici’s proxy agent',
    async () => {
      const port = new URL(server.url).port;
      proxy = await startProxy(Number(port));
      process.env.HTTP_PROXY = proxy.url;
      return { endpoint: `http://family.upstream.invalid:${port}` };
    },
  ],
];

describe.each(engines)('a PUT with a JSON body through %s', (_, options) => {
  it('arrives as signed, byte for byte', async () => {
    const client = createFunctionTasksClient({
      endpoint: server.url,
      credentials: KEYS,
      retry: false,
      ...(await options()),
    });
    await client.updateFunctionInstance({
      appGroupIdentity: 'my-app',
      functionName: 'ctr',
      instanceName: 'ctr_test',
      description: DESCRIPTION,
    });
    expect(server.requests).toHaveLength(1);
    const seen = server.requests[0];
    if (!seen) throw new Error('no request');
    expect(seen.method).toBe('PUT');
    expect(seen.body).toBe(JSON.stringify({ description: DESCRIPTION }));
    expect(seen.headers['content-length']).toBe(String(Buffer.byteLength(seen.body, 'utf8')));
    expect(seen.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(seen.headers['x-acs-content-sha256']).toBe(officialBodyHash(seen.body));
    expect(seen.headers.authorization).toBe(
      officialAuthorizationFor(
        receivedRequest(seen.method, seen.url, seen.headers),
        KEYS.accessKeyId,
        KEYS.accessKeySecret,
        seen.body,
      ),
    );
    if (proxy) expect(proxy.targets).toHaveLength(1);
  });
});
