/**
 * End to end: the real client signs and sends over loopback HTTP; the server recomputes the signature from
 * the bytes it received with the official implementation (`@alicloud/openapi-core`) and with our verifier path.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  canonicalizeAcs3,
  EMPTY_BODY_SHA256,
  formatAcsDate,
  formatHttpDate,
  parseAcs3Authorization,
  queryFromSearch,
  signAcs3,
} from '@fntasks/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFunctionTasksClient, type ListFunctionTasksParams } from '../src/index.js';
import { createRequestSigner } from '../src/signing/index.js';
import { DOC_CAMEL_SAMPLE, startTestServer, type TestServer } from './helpers.js';
import {
  officialAuthorizationFor,
  officialPercentEncode,
  randomString,
  receivedRequest,
  seededRandom,
} from './signing-oracle.js';

const ID = 'LTAI5tTestKeyId';
const SECRET = 'test-secret-½-🚀';
const NOW = Date.UTC(2026, 10, 28, 20, 52, 33, 789);
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ body: DOC_CAMEL_SAMPLE });
});
afterAll(() => server.close());

function last() {
  const request = server.requests.at(-1);
  if (!request) throw new Error('no request received');
  return { ...request, official: receivedRequest(request.method, request.url, request.headers) };
}

const names = { appGroupIdentity: 'my-app', functionName: 'ctr', instanceName: 'ctr_test' };

describe('ACS3-HMAC-SHA256 on the wire', () => {
  const TRICKY_NAMES = [
    'with space',
    'a/b',
    '50%',
    'a+b',
    'star*',
    'two**stars',
    "it's",
    'bang!',
    '(paren)',
    'naïve-模型',
    '🚀-emoji',
    "all /%+*'!() 模 🚀",
  ];

  it.each(TRICKY_NAMES)(
    'path name %j: the official implementation computes the same Authorization',
    async (name) => {
      let n = 0;
      const client = createFunctionTasksClient({
        endpoint: server.url,
        credentials: { accessKeyId: ID, accessKeySecret: SECRET },
        clock: () => NOW,
        nonce: () => `nonce-${++n}`,
        retry: false,
      });
      await client.listFunctionTasks({ appGroupIdentity: name, functionName: name, instanceName: name });
      const { official, headers } = last();
      expect(headers.authorization).toBe(officialAuthorizationFor(official, ID, SECRET));
      expect(headers.authorization).toMatch(
        /^ACS3-HMAC-SHA256 Credential=LTAI5tTestKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=[0-9a-f]{64}$/,
      );
      // The path on the wire is the official SDK's encoding of each name (it rewrites only the first `*`).
      const sdk = (raw: string) => officialPercentEncode(raw).replace(/\*/g, '%2A');
      expect(official.pathname).toBe(
        `/v4/openapi/app-groups/${sdk(name)}/functions/${sdk(name)}/instances/${sdk(name)}/tasks`,
      );
      expect(headers['x-acs-version']).toBe('2017-12-25');
      expect(headers['x-acs-action']).toBe('ListFunctionTasks');
      expect(headers['x-acs-date']).toBe('2026-11-28T20:52:33Z');
      expect(headers['x-acs-signature-nonce']).toBe('nonce-1');
      expect(headers['x-acs-content-sha256']).toBe(EMPTY_BODY_SHA256);
      expect(headers.accept).toBe('application/json');
      expect(headers.host).toBe(new URL(server.url).host);
    },
  );

  it('every query parameter is signed as received', async () => {
    const client = createFunctionTasksClient({
      endpoint: server.url,
      credentials: { accessKeyId: ID, accessKeySecret: SECRET },
      retry: false,
    });
    const params: ListFunctionTasksParams = {
      ...names,
      status: 'running',
      startTime: 1_582_214_400_000,
      endTime: new Date(1_582_646_399_000),
      pageNumber: 3,
      pageSize: 50,
    };
    await client.listFunctionTasks(params);
    const { official, headers, url } = last();
    expect(url).not.toContain('+');
    expect(official.query).toEqual({
      status: 'running',
      startTime: '1582214400000',
      endTime: '1582646399000',
      pageNumber: '3',
      pageSize: '50',
    });
    expect(headers.authorization).toBe(officialAuthorizationFor(official, ID, SECRET));
  });

  it('an STS token is sent and signed as x-acs-security-token with x-acs-accesskey-id', async () => {
    const client = createFunctionTasksClient({
      endpoint: server.url,
      credentials: { accessKeyId: 'STS.abc', accessKeySecret: SECRET, securityToken: 'CAIS-token+/=' },
      retry: false,
    });
    await client.listFunctionTasks(names);
    const { official, headers } = last();
    expect(headers['x-acs-security-token']).toBe('CAIS-token+/=');
    expect(headers['x-acs-accesskey-id']).toBe('STS.abc');
    expect(parseAcs3Authorization(headers.authorization)?.signedHeaders).toEqual([
      'host',
      'x-acs-accesskey-id',
      'x-acs-action',
      'x-acs-content-sha256',
      'x-acs-date',
      'x-acs-security-token',
      'x-acs-signature-nonce',
      'x-acs-version',
    ]);
    expect(headers.authorization).toBe(officialAuthorizationFor(official, 'STS.abc', SECRET));
  });

  it('a verifier built on @fntasks/core/signing accepts it and rejects a tampered copy', async () => {
    const client = createFunctionTasksClient({
      endpoint: server.url,
      headers: { 'x-fntasks-casing': 'pascal' },
      credentials: { accessKeyId: ID, accessKeySecret: SECRET },
      retry: false,
    });
    await client.listFunctionTasks({ ...names, instanceName: "x y'*", status: 'failed' });
    const { method, url, headers } = last();
    const parsed = parseAcs3Authorization(headers.authorization);
    expect(parsed?.accessKeyId).toBe(ID);
    const [pathname = '', search = ''] = url.split('?');
    const verify = async (path: string) =>
      (
        await signAcs3({
          method,
          pathname: path,
          query: queryFromSearch(search),
          headers: headers as Record<string, string>,
          signedHeaders: parsed?.signedHeaders ?? [],
          accessKeyId: ID,
          accessKeySecret: SECRET,
        })
      ).signature;
    expect(await verify(pathname)).toBe(parsed?.signature);
    expect(await verify(pathname.replace('tasks', 'Tasks'))).not.toBe(parsed?.signature);
    expect(
      canonicalizeAcs3({
        method,
        pathname,
        headers: headers as Record<string, string>,
        signedHeaders: parsed?.signedHeaders ?? [],
      }).signedHeaders,
    ).not.toContain('x-fntasks-casing');
  });

  it('a provider is called for every request and may rotate keys', async () => {
    let calls = 0;
    const client = createFunctionTasksClient({
      endpoint: server.url,
      credentials: async () => {
        calls++;
        return {
          accessKeyId: `KEY${calls}`,
          accessKeySecret: `secret-${calls}`,
          securityToken: `token-${calls}`,
        };
      },
      retry: false,
    });
    for (let i = 1; i <= 3; i++) {
      await client.listFunctionTasks(names);
      const { official, headers } = last();
      expect(parseAcs3Authorization(headers.authorization)?.accessKeyId).toBe(`KEY${i}`);
      expect(headers['x-acs-security-token']).toBe(`token-${i}`);
      expect(headers.authorization).toBe(officialAuthorizationFor(official, `KEY${i}`, `secret-${i}`));
    }
    expect(calls).toBe(3);
  });

  it('the default nonce is fresh for every request and the default date is now', async () => {
    const client = createFunctionTasksClient({
      endpoint: server.url,
      credentials: { accessKeyId: ID, accessKeySecret: SECRET },
      retry: false,
    });
    const nonces = new Set<string>();
    const before = Date.now();
    for (let i = 0; i < 20; i++) {
      await client.listFunctionTasks(names);
      const nonce = String(last().headers['x-acs-signature-nonce']);
      expect(nonce).toMatch(/^[0-9a-f]{32}$/);
      nonces.add(nonce);
    }
    expect(nonces.size).toBe(20);
    const sent = Date.parse(String(last().headers['x-acs-date']));
    expect(sent).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(sent).toBeLessThanOrEqual(Date.now());
  });

  it('without credentials nothing is signed', async () => {
    const client = createFunctionTasksClient({ endpoint: server.url, retry: false });
    await client.listFunctionTasks(names);
    const { headers } = last();
    expect(headers.authorization).toBeUndefined();
    expect(headers['x-acs-signature-nonce']).toBeUndefined();
  });
});

describe('createRequestSigner on its own', () => {
  it('a body is hashed into x-acs-content-sha256, signed, and arrives unchanged', async () => {
    const received: Array<{ method: string; url: string; headers: IncomingHttpHeaders; body: string }> = [];
    const sink = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => {
        body += chunk;
      });
      req.on('end', () => {
        received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{}');
      });
    });
    await new Promise<void>((done) => sink.listen(0, '127.0.0.1', done));
    try {
      const base = `http://127.0.0.1:${(sink.address() as AddressInfo).port}`;
      const sign = createRequestSigner({
        credentials: { accessKeyId: ID, accessKeySecret: SECRET },
        action: 'Other',
        version: '2020-01-01',
      });
      const payload = JSON.stringify({ name: '模型 🚀', n: 1 });
      const request = new Request(`${base}/v4/x?b=2&a=1`, {
        method: 'POST',
        body: payload,
        headers: { 'content-type': 'application/json' },
      });
      const response = await fetch(await sign(request));
      expect(response.status).toBe(200);
      const got = received.at(-1);
      if (!got) throw new Error('nothing received');
      expect(got.body).toBe(payload);
      expect(got.headers['x-acs-content-sha256']).toBe(createHash('sha256').update(payload).digest('hex'));
      expect(got.headers['x-acs-action']).toBe('Other');
      expect(got.headers['x-acs-version']).toBe('2020-01-01');
      expect(got.url).toBe('/v4/x?b=2&a=1'); // kept as built: nothing in it decodes two ways
      expect(parseAcs3Authorization(got.headers.authorization)?.signedHeaders).toContain('content-type');
      const official = receivedRequest(got.method, got.url, got.headers);
      expect(got.headers.authorization).toBe(officialAuthorizationFor(official, ID, SECRET));
    } finally {
      sink.closeAllConnections();
      await new Promise<void>((done) => sink.close(() => done()));
    }
  });
});

describe('a raw + in the query', () => {
  it('decodes two ways (space or plus), so the signer rewrites the query into its canonical encoding', async () => {
    // A path of no operation: the action is given (the query's encoding is what is under test).
    const sign = createRequestSigner({
      credentials: { accessKeyId: ID, accessKeySecret: SECRET },
      action: 'ListFunctionTasks',
    });
    const response = await fetch(await sign(new Request(`${server.url}/v4/x?q=a+b&p=x%2By&e=`)));
    expect(response.status).toBe(200);
    const { official, headers, url } = last();
    expect(url).toBe('/v4/x?e=&p=x%2By&q=a%20b');
    expect(official.query).toEqual({ e: '', p: 'x+y', q: 'a b' });
    expect(headers.authorization).toBe(officialAuthorizationFor(official, ID, SECRET));
  });
});

describe('random requests through the real client', () => {
  it.each(['ACS3-HMAC-SHA256', 'HMAC-SHA1'] as const)(
    '%s: 150 random names and queries, each verified by the official implementation',
    async (algorithm) => {
      const random = seededRandom(algorithm.length * 7919);
      const client = createFunctionTasksClient({
        endpoint: server.url,
        credentials: { accessKeyId: ID, accessKeySecret: SECRET, securityToken: 'tok/+=' },
        signatureAlgorithm: algorithm,
        retry: false,
      });
      const name = () => {
        const value = randomString(random, 10);
        return value === '' || value === '.' || value === '..' ? `n${value}` : value;
      };
      for (let i = 0; i < 150; i++) {
        const params: ListFunctionTasksParams = {
          appGroupIdentity: name(),
          functionName: name(),
          instanceName: name(),
        };
        if (random() < 0.5)
          params.status = (['success', 'failed', 'running'] as const)[Math.floor(random() * 3)];
        if (random() < 0.5) params.startTime = 1e12 + Math.floor(random() * 1e11);
        if (random() < 0.5) params.endTime = new Date(1.2e12 + Math.floor(random() * 1e12));
        if (random() < 0.5) params.pageNumber = 1 + Math.floor(random() * 1000);
        if (random() < 0.5) params.pageSize = 1 + Math.floor(random() * 100);
        await client.listFunctionTasks(params);
        const { official, headers } = last();
        expect(headers.authorization, JSON.stringify(params)).toBe(
          officialAuthorizationFor(official, ID, SECRET),
        );
        const segments = official.pathname.split('/').map(decodeURIComponent);
        expect([segments[4], segments[6], segments[8]]).toEqual([
          params.appGroupIdentity,
          params.functionName,
          params.instanceName,
        ]);
      }
    },
  );
});

describe('HMAC-SHA1 on the wire', () => {
  it.each(['with space', "it's (1)!", 'a+b*c*', '模型 🚀', '50%/x'])(
    'path name %j: the official implementation computes the same Authorization',
    async (name) => {
      const client = createFunctionTasksClient({
        endpoint: server.url,
        credentials: { accessKeyId: ID, accessKeySecret: SECRET, securityToken: 'tok' },
        signatureAlgorithm: 'HMAC-SHA1',
        clock: () => NOW,
        nonce: () => 'n-1',
        retry: false,
      });
      await client.listFunctionTasks({
        appGroupIdentity: name,
        functionName: 'ctr',
        instanceName: name,
        status: 'success',
        pageSize: 20,
      });
      const { official, headers } = last();
      expect(headers.authorization).toMatch(/^acs LTAI5tTestKeyId:[A-Za-z0-9+/]{27}=$/);
      expect(headers.authorization).toBe(officialAuthorizationFor(official, ID, SECRET));
      expect(headers.date).toBe('Sat, 28 Nov 2026 20:52:33 GMT');
      expect(headers.date).toBe(formatHttpDate(NOW));
      expect(headers['x-acs-signature-method']).toBe('HMAC-SHA1');
      expect(headers['x-acs-signature-version']).toBe('1.0');
      expect(headers['x-acs-signature-nonce']).toBe('n-1');
      expect(headers['x-acs-security-token']).toBe('tok');
      expect(headers['x-acs-date']).toBeUndefined();
    },
  );
});

describe('dates', () => {
  it('x-acs-date drops milliseconds; date is RFC 1123 GMT', () => {
    expect(formatAcsDate(NOW)).toBe('2026-11-28T20:52:33Z');
    expect(formatHttpDate(0)).toBe('Thu, 01 Jan 1970 00:00:00 GMT');
  });
});
