/**
 * ACS3 in a real browser: Chromium (headless, Debian's) loads the built `@fntasks/core/signing` and
 * `@fntasks/protocol` with `#crypto` mapped to the Web Crypto module, signs fixed vectors and sends a signed fetch to a loopback server, which the
 * official implementation verifies — a GET, and a PUT with a JSON body hashed by Web Crypto. HMAC-SHA1 must refuse
 * to be set up there.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { signAcs3 } from '@fntasks/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officialAuthorizationFor, officialBodyHash, receivedRequest } from './signing-oracle.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const VECTORS = [
  {
    method: 'GET',
    pathname: '/v4/openapi/app-groups/a%20b/tasks',
    query: { pageSize: '10', v: "x&y=z+ '" },
    headers: { host: 'h:1', 'x-acs-a': ' 1 ' },
  },
  {
    method: 'GET',
    pathname: "/it's/%F0%9F%9A%80/star%2A",
    query: {},
    headers: { host: 'h', 'content-type': 'application/json' },
  },
];
const KEY = { accessKeyId: 'BROWSERKEY', accessKeySecret: 'browser-secret-ü' };

function page(): string {
  return `<!doctype html><html><head>
<script type="importmap">{"imports":{"@fntasks/protocol":"/protocol/dist/index.js","#crypto":"/protocol/dist/signing/crypto/web.js","#engine":"/dist/engine/web.js"}}</script>
<script type="module">
import { signAcs3 } from '@fntasks/protocol';
import { createRequestSigner } from '/dist/signing/index.js';
import { isBrowserLike } from '/dist/signing/environment.js';
const out = { browserLike: isBrowserLike(), vectors: [] };
try {
  for (const v of ${JSON.stringify(VECTORS)}) out.vectors.push((await signAcs3({ ...v, ...${JSON.stringify(KEY)} })).authorization);
  const sign = createRequestSigner({ credentials: async () => (${JSON.stringify({ ...KEY, securityToken: 'browser-token' })}) });
  // The sink's prefix is a base path: the action is found from the operation path after it.
  const url = new URL('/sink/v4/openapi/app-groups/app%20group/functions/ctr/instances/ctr_test/tasks?status=running&pageSize=5', location.href);
  const response = await fetch(await sign(new Request(url, { headers: { accept: 'application/json' } })));
  out.sinkStatus = response.status;
  // A PUT with a JSON body (UpdateFunctionInstance): Web Crypto hashes the UTF-8 bytes of the body.
  const put = new URL('/sink/v4/openapi/app-groups/app/functions/ctr/instances/ctr_test', location.href);
  const body = JSON.stringify({ description: 'nächtlich ✓ 模型 🚀' });
  const headers = { accept: 'application/json', 'content-type': 'application/json; charset=utf-8' };
  out.putStatus = (await fetch(await sign(new Request(put, { method: 'PUT', headers, body })))).status;
  try { createRequestSigner({ credentials: ${JSON.stringify(KEY)}, signatureAlgorithm: 'HMAC-SHA1' }); out.sha1 = 'created'; }
  catch (e) { out.sha1 = e.name + ': ' + e.message; }
} catch (e) { out.error = String(e && e.stack || e); }
document.body.textContent = JSON.stringify(out);
</script></head><body>pending</body></html>`;
}

let server: Server;
let origin: string;
const sink: Array<{ method: string; url: string; headers: IncomingMessage['headers']; body: string }> = [];
beforeAll(async () => {
  server = createServer(async (req, res) => {
    const url = req.url ?? '/';
    if (url === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(page());
    }
    if (url.startsWith('/sink/')) {
      let body = '';
      req.setEncoding('utf8');
      for await (const chunk of req) body += chunk;
      sink.push({ method: req.method ?? '', url, headers: req.headers, body });
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end('{}');
    }
    try {
      // Core's dist, and the protocol package's (a dependency) beside it, as a browser would fetch them.
      const file = url.startsWith('/protocol/dist/') ? join(root, '..', url) : join(root, url);
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(
  () =>
    new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
);

async function runPage(): Promise<Record<string, unknown>> {
  const profile = await mkdtemp(join(tmpdir(), 'fntasks-chromium-'));
  try {
    const args = [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${profile}`,
      '--virtual-time-budget=10000',
      '--dump-dom',
      `${origin}/`,
    ];
    const dom = await new Promise<string>((done, fail) =>
      execFile(
        CHROMIUM,
        args,
        { timeout: 60_000, env: { ...process.env, HOME: profile } },
        (error, stdout) => (error ? fail(error) : done(stdout)),
      ),
    );
    const text = /<body>([\s\S]*)<\/body>/.exec(dom)?.[1] ?? dom;
    return JSON.parse(
      text
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&'),
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

describe.skipIf(!existsSync(CHROMIUM))('ACS3 in Chromium (Web Crypto)', () => {
  it('signs like node:crypto, sends a request the official implementation verifies, refuses HMAC-SHA1', async () => {
    const out = await runPage();
    expect(out.error).toBeUndefined();
    expect(out.browserLike).toBe(true);
    const expected = await Promise.all(
      VECTORS.map(async (v) => (await signAcs3({ ...v, ...KEY })).authorization),
    );
    expect(out.vectors).toEqual(expected);
    expect(out.sinkStatus).toBe(200);
    const request = sink.find((seen) => seen.method === 'GET');
    if (!request) throw new Error('the browser sent nothing');
    expect(request.headers['x-acs-security-token']).toBe('browser-token');
    expect(request.headers['x-acs-action']).toBe('ListFunctionTasks');
    expect(request.headers.authorization).toBe(
      officialAuthorizationFor(
        receivedRequest(request.method, request.url, request.headers),
        KEY.accessKeyId,
        KEY.accessKeySecret,
      ),
    );
    expect(out.putStatus).toBe(200);
    const put = sink.find((seen) => seen.method === 'PUT');
    if (!put) throw new Error('the browser sent no PUT');
    expect(put.headers['x-acs-action']).toBe('UpdateFunctionInstance');
    expect(JSON.parse(put.body)).toEqual({ description: 'nächtlich ✓ 模型 🚀' });
    expect(put.headers['x-acs-content-sha256']).toBe(officialBodyHash(put.body));
    expect(put.headers.authorization).toBe(
      officialAuthorizationFor(
        receivedRequest(put.method, put.url, put.headers),
        KEY.accessKeyId,
        KEY.accessKeySecret,
        put.body,
      ),
    );
    expect(String(out.sha1)).toMatch(
      /^InvalidArgumentError: .*Date header, which browsers do not let scripts set/,
    );
  }, 90_000);
});
