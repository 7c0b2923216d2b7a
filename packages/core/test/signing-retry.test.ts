/** Every attempt is signed afresh: a new nonce and date per retry, and the corrected date after a clock-skew rejection. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFunctionTasksClient } from '../src/index.js';
import { DOC_CAMEL_SAMPLE, startTestServer, type TestServer } from './helpers.js';
import { officialAuthorizationFor, receivedRequest } from './signing-oracle.js';

const ID = 'LTAI5tRetryKey';
const SECRET = 'retry-secret';
const names = { appGroupIdentity: 'app', functionName: 'ctr', instanceName: "i'1*" };
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** Answers the first `failures` requests with `fail`, then with the documented sample. */
function failFirst(failures: number, fail: (res: ServerResponse) => void) {
  let seen = 0;
  return (_req: IncomingMessage, res: ServerResponse) => {
    if (seen++ < failures) return fail(res);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(DOC_CAMEL_SAMPLE));
  };
}

function verifiedRequests(from: number) {
  return server.requests.slice(from).map((r) => {
    expect(r.headers.authorization).toBe(
      officialAuthorizationFor(receivedRequest(r.method, r.url, r.headers), ID, SECRET),
    );
    return r.headers;
  });
}

describe('retries are re-signed', () => {
  it('a new nonce and the current date on each attempt, each signature valid', async () => {
    const from = server.requests.length;
    server.answer(
      failFirst(2, (res) => {
        res.writeHead(503, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ requestId: 'r', httpCode: 503, code: 'InternalError', message: 'busy' }));
      }),
    );
    let now = Date.UTC(2026, 10, 28, 21, 0, 0);
    const client = createFunctionTasksClient({
      endpoint: server.url,
      credentials: { accessKeyId: ID, accessKeySecret: SECRET },
      clock: () => (now += 1000),
      retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 1 },
    });
    await client.listFunctionTasks(names);
    const sent = verifiedRequests(from);
    expect(sent).toHaveLength(3);
    expect(new Set(sent.map((h) => h['x-acs-signature-nonce'])).size).toBe(3);
    expect(sent.map((h) => h['x-acs-date'])).toEqual([
      '2026-11-28T21:00:01Z',
      '2026-11-28T21:00:02Z',
      '2026-11-28T21:00:03Z',
    ]);
  });

  it('after InvalidTimeStamp.Expired the next attempt is signed with the server-corrected date', async () => {
    const from = server.requests.length;
    const serverNow = Date.UTC(2026, 10, 28, 21, 30, 0);
    server.answer(
      failFirst(1, (res) => {
        res.writeHead(400, { 'content-type': 'application/json', date: new Date(serverNow).toUTCString() });
        res.end(
          JSON.stringify({
            requestId: 'r',
            httpCode: 400,
            code: 'InvalidTimeStamp.Expired',
            message: 'expired',
          }),
        );
      }),
    );
    const skewed = serverNow - 20 * 60_000;
    const client = createFunctionTasksClient({
      endpoint: server.url,
      credentials: { accessKeyId: ID, accessKeySecret: SECRET },
      clock: () => skewed,
      retry: false,
    });
    await client.listFunctionTasks(names);
    const sent = verifiedRequests(from);
    expect(sent.map((h) => h['x-acs-date'])).toEqual(['2026-11-28T21:10:00Z', '2026-11-28T21:30:00Z']);
    expect(sent[0]?.['x-acs-signature-nonce']).not.toBe(sent[1]?.['x-acs-signature-nonce']);
  });
});
