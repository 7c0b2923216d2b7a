import { createFunctionTasksClient, FunctionTasksApiError } from '@fntasks/core';
import {
  EMPTY_BODY_SHA256,
  formatAcsDate,
  formatHttpDate,
  queryFromSearch,
  signAcs3,
  signHmacSha1,
} from '@fntasks/protocol';
import { describe, expect, it } from 'vitest';
import type { EmulatorHandle } from '../src/index.js';
import { control, rawRequest, startTestEmulator, T0, task, tasksPath } from './helpers.js';

const KEY = { accessKeyId: 'LTAI-test', accessKeySecret: 'test-secret' };
const PATH = tasksPath('app', 'ctr', 'inst', { pageSize: 5, status: 'success' });
let nonceCounter = 0;

async function start() {
  const h = await startTestEmulator({ auth: { mode: 'verify', keys: [KEY] } });
  h.loadTasks([task(1), task(2)]);
  return h;
}

/** Signs GET `path` the way the client does, at `at` (default the emulator's frozen T0). */
async function acs3Headers(
  h: EmulatorHandle,
  path: string,
  opts: { at?: number; nonce?: string; key?: typeof KEY } = {},
) {
  const [pathname, search = ''] = path.split('?');
  const headers: Record<string, string> = {
    host: new URL(h.url).host,
    accept: 'application/json',
    'x-acs-action': 'ListFunctionTasks',
    'x-acs-version': '2017-12-25',
    'x-acs-date': formatAcsDate(opts.at ?? T0),
    'x-acs-signature-nonce': opts.nonce ?? `nonce-${++nonceCounter}`,
    'x-acs-content-sha256': EMPTY_BODY_SHA256,
  };
  const signed = await signAcs3({
    method: 'GET',
    pathname: pathname ?? '',
    query: queryFromSearch(search),
    headers,
    ...(opts.key ?? KEY),
  });
  return { ...headers, authorization: signed.authorization };
}

describe('auth verify: ACS3-HMAC-SHA256', () => {
  it('accepts a correctly signed request and rejects an unsigned one', async () => {
    const h = await start();
    const ok = await rawRequest(h.url, PATH, { headers: await acs3Headers(h, PATH) });
    expect(ok.status).toBe(200);
    expect(ok.json.totalCount).toBe(2);
    const unsigned = await rawRequest(h.url, PATH);
    expect(unsigned.status).toBe(400);
    expect(unsigned.json.code).toBe('IncompleteSignature');
  });

  it('SignatureDoesNotMatch: wrong secret, or a query changed after signing', async () => {
    const h = await start();
    const wrong = await rawRequest(h.url, PATH, {
      headers: await acs3Headers(h, PATH, { key: { ...KEY, accessKeySecret: 'nope' } }),
    });
    expect(wrong.status).toBe(400);
    expect(wrong.json.code).toBe('SignatureDoesNotMatch');
    expect(wrong.json.message).toContain('ACS3-HMAC-SHA256\\n');
    const headers = await acs3Headers(h, PATH);
    const tampered = await rawRequest(h.url, PATH.replace('pageSize=5', 'pageSize=6'), { headers });
    expect(tampered.json.code).toBe('SignatureDoesNotMatch');
  });

  it('InvalidAccessKeyId.NotFound (404) for an unknown key id', async () => {
    const h = await start();
    const res = await rawRequest(h.url, PATH, {
      headers: await acs3Headers(h, PATH, { key: { ...KEY, accessKeyId: 'LTAI-other' } }),
    });
    expect(res.status).toBe(404);
    expect(res.json.code).toBe('InvalidAccessKeyId.NotFound');
  });

  it('InvalidTimeStamp.Expired beyond 15 minutes of skew either way; within it is accepted', async () => {
    const h = await start();
    for (const skew of [15 * 60_000 + 1000, -(15 * 60_000 + 1000)]) {
      const res = await rawRequest(h.url, PATH, { headers: await acs3Headers(h, PATH, { at: T0 + skew }) });
      expect(res.status).toBe(400);
      expect(res.json.code).toBe('InvalidTimeStamp.Expired');
    }
    const near = await rawRequest(h.url, PATH, {
      headers: await acs3Headers(h, PATH, { at: T0 + 14 * 60_000 }),
    });
    expect(near.status).toBe(200);
  });

  it('SignatureNonceUsed on a replay; a reset forgets nonces so a recorded request can be replayed', async () => {
    const h = await start();
    const headers = await acs3Headers(h, PATH, { nonce: 'fixed-nonce' });
    expect((await rawRequest(h.url, PATH, { headers })).status).toBe(200);
    const replay = await rawRequest(h.url, PATH, { headers });
    expect(replay.status).toBe(400);
    expect(replay.json.code).toBe('SignatureNonceUsed');
    h.reset();
    h.loadTasks([task(1)]);
    expect((await rawRequest(h.url, PATH, { headers })).status).toBe(200);
  });

  it('a recorded request verifies once the clock is set to its time', async () => {
    const h = await start();
    const recordedAt = Date.UTC(2024, 0, 2, 3, 4, 5);
    const headers = await acs3Headers(h, PATH, { at: recordedAt });
    expect((await rawRequest(h.url, PATH, { headers })).json.code).toBe('InvalidTimeStamp.Expired');
    await control(h, 'PUT', 'clock', { now: recordedAt + 2000 });
    expect((await rawRequest(h.url, PATH, { headers })).status).toBe(200);
  });

  it('a body whose hash differs from x-acs-content-sha256 is rejected', async () => {
    const h = await start();
    const headers = await acs3Headers(h, PATH);
    const res = await rawRequest(h.url, PATH, {
      headers: { ...headers, 'content-length': '8' },
      body: 'smuggled',
    });
    expect(res.json.code).toBe('SignatureDoesNotMatch');
    expect(res.json.message).toContain('x-acs-content-sha256');
  });
});

describe('auth verify: HMAC-SHA1', () => {
  async function sha1Headers(secret = KEY.accessKeySecret) {
    const [pathname, search = ''] = PATH.split('?');
    const headers: Record<string, string> = {
      accept: 'application/json',
      date: formatHttpDate(T0),
      'x-acs-signature-method': 'HMAC-SHA1',
      'x-acs-signature-version': '1.0',
      'x-acs-signature-nonce': `sha1-${++nonceCounter}`,
      'x-acs-version': '2017-12-25',
      'x-acs-action': 'ListFunctionTasks',
    };
    const signed = await signHmacSha1({
      method: 'GET',
      pathname: pathname ?? '',
      query: queryFromSearch(search),
      headers,
      accessKeyId: KEY.accessKeyId,
      accessKeySecret: secret,
    });
    return { ...headers, authorization: signed.authorization };
  }

  it('accepts a correct signature and rejects a wrong one', async () => {
    const h = await start();
    expect((await rawRequest(h.url, PATH, { headers: await sha1Headers() })).status).toBe(200);
    const wrong = await rawRequest(h.url, PATH, { headers: await sha1Headers('nope') });
    expect(wrong.json.code).toBe('SignatureDoesNotMatch');
  });
});

describe('auth through the core client and the control API', () => {
  it('the core client signs with its clock and is accepted (both algorithms); bad keys are typed errors', async () => {
    const h = await start();
    const names = { appGroupIdentity: 'app', functionName: 'ctr', instanceName: 'inst' };
    for (const signatureAlgorithm of ['ACS3-HMAC-SHA256', 'HMAC-SHA1'] as const) {
      const client = createFunctionTasksClient({
        endpoint: h.url,
        credentials: KEY,
        signatureAlgorithm,
        clock: () => T0,
        retry: false,
      });
      expect((await client.listFunctionTasks(names)).totalCount).toBe(2);
    }
    const bad = createFunctionTasksClient({
      endpoint: h.url,
      credentials: { ...KEY, accessKeySecret: 'x' },
      clock: () => T0,
      retry: false,
    });
    const error = await bad.listFunctionTasks(names).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FunctionTasksApiError);
    expect((error as FunctionTasksApiError).code).toBe('SignatureDoesNotMatch');
  });

  it('PUT /__fntasks/auth switches modes, never reveals secrets, and rejects bad bodies', async () => {
    const h = await start();
    const off = await control(h, 'PUT', 'auth', { mode: 'off' });
    expect(off.json).toEqual({ mode: 'off', accessKeyIds: ['LTAI-test'] });
    expect((await rawRequest(h.url, PATH)).status).toBe(200);
    const on = await control(h, 'PUT', 'auth', {
      mode: 'verify',
      keys: [{ accessKeyId: 'k2', accessKeySecret: 's2' }],
    });
    expect(on.json).toEqual({ mode: 'verify', accessKeyIds: ['k2'] });
    expect(on.text).not.toContain('s2');
    expect((await rawRequest(h.url, PATH)).status).toBe(400);
    for (const body of [
      { mode: 'maybe' },
      { mode: 'verify', keys: [{ accessKeyId: 'x' }] },
      { mode: 'off', extra: 1 },
      [],
    ]) {
      const res = await control(h, 'PUT', 'auth', body);
      expect(res.status).toBe(400);
      expect(typeof res.json.error).toBe('string');
    }
  });
});
