import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createFunctionTasksClient,
  FunctionTasksApiError,
  type FunctionTasksEvent,
  MalformedResponseError,
  NetworkError,
  type RequestSigner,
} from '../src/index.js';
import { type ClockSkew, createAttemptLoop } from '../src/pipeline/attempt-loop.js';
import { readSuccessBody } from '../src/read/body.js';
import {
  backoffDelay,
  DEFAULT_RETRY,
  isRetryableError,
  MAX_RETRY_AFTER_MS,
  retryAfterMs,
} from '../src/retry.js';
import { INSTANCE, makeTasks, startTaskListServer, type TaskListServer } from './pagination-server.js';

const FAST = { maxAttempts: 4, baseDelayMs: 5, maxDelayMs: 20, maxElapsedMs: 5_000 };

let server: TaskListServer;
beforeEach(async () => {
  server = await startTaskListServer(makeTasks(3));
});
afterEach(async () => {
  await server.close();
});

/** A signer that stamps each attempt with a fresh nonce and a secret-bearing Authorization header. */
function countingSigner(): RequestSigner & { calls: number } {
  const signer = (async (request: Request) => {
    signer.calls++;
    const headers = new Headers(request.headers);
    headers.set('x-acs-signature-nonce', `nonce-${signer.calls}-${Math.random()}`);
    headers.set('authorization', 'ACS3-HMAC-SHA256 Credential=AKID,Signature=TOP-SECRET-SIGNATURE');
    return new Request(request, { headers });
  }) as RequestSigner & { calls: number };
  signer.calls = 0;
  return signer;
}

describe('retries against a real loopback server', () => {
  it('succeeds after throttling, waiting at least x-acs-retry-after, re-signing every attempt', async () => {
    server.faults.push('throttle', 'throttle');
    server.faultHeaders = { 'x-acs-retry-after': '60' };
    const signer = countingSigner();
    const events: FunctionTasksEvent[] = [];
    const client = createFunctionTasksClient({
      endpoint: server.url,
      signer,
      retry: FAST,
      onEvent: (e) => events.push(e),
    });
    const started = performance.now();
    const page = await client.listFunctionTasks({ ...INSTANCE, pageSize: 10 });
    expect(page.tasks).toHaveLength(3);
    expect(performance.now() - started).toBeGreaterThanOrEqual(115);
    expect(server.requests).toHaveLength(3);
    expect(signer.calls).toBe(3);
    const nonces = server.requests.map((r) => r.headers['x-acs-signature-nonce']);
    expect(new Set(nonces).size).toBe(3);
    const retries = events.filter((e) => e.type === 'retry');
    expect(retries).toHaveLength(2);
    for (const r of retries) expect(r.type === 'retry' && r.delayMs).toBeGreaterThanOrEqual(60);
    expect(retries[0]).toMatchObject({ error: { code: 'Throttling.User', httpStatus: 400 } });
    expect(events.map((e) => e.type)).toEqual([
      'request',
      'response',
      'retry',
      'request',
      'response',
      'retry',
      'request',
      'response',
    ]);
    expect(events.at(-1)).toMatchObject({ type: 'response', status: 200, requestId: 'req-3' });
    // The answer's Date header, the service's clock (whole seconds; this test server's clock is the local one).
    const answered = events.at(-1);
    const serverTime = answered?.type === 'response' ? answered.serverTime : null;
    expect(serverTime).not.toBeNull();
    expect((serverTime ?? 1) % 1000).toBe(0);
    expect(Math.abs((serverTime ?? 0) - Date.now())).toBeLessThan(10_000);
    // Events never carry the signature or any header.
    expect(JSON.stringify(events)).not.toContain('TOP-SECRET');
  });

  it('retries InternalError (500) and reports the attempts of the final error', async () => {
    server.faults.push(
      'internal-error',
      'internal-error',
      'internal-error',
      'internal-error',
      'internal-error',
    );
    const client = createFunctionTasksClient({ endpoint: server.url, retry: { ...FAST, maxAttempts: 3 } });
    const error = await client.listFunctionTasks(INSTANCE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FunctionTasksApiError);
    expect(error).toMatchObject({ code: 'InternalError', httpCode: 500, attempts: 3 });
    expect(server.requests).toHaveLength(3);
  });

  it('turns an HTML 502 into a MalformedResponseError after the retries', async () => {
    server.faults.push('html-502', 'html-502', 'html-502');
    const client = createFunctionTasksClient({ endpoint: server.url, retry: { ...FAST, maxAttempts: 3 } });
    const error = await client.listFunctionTasks(INSTANCE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(error).toMatchObject({ httpStatus: 502, attempts: 3 });
    expect((error as MalformedResponseError).bodySnippet).toContain('502 Bad Gateway');
    expect(server.requests).toHaveLength(3);
  });

  it('retries a dropped connection and then succeeds', async () => {
    server.faults.push('drop');
    const client = createFunctionTasksClient({ endpoint: server.url, retry: FAST });
    const page = await client.listFunctionTasks({ ...INSTANCE, pageSize: 2 });
    expect(page.tasks).toHaveLength(2);
    expect(server.requests).toHaveLength(2);
  });

  it('gives a NetworkError with attempts when every connection drops', async () => {
    server.faults.push('drop', 'drop', 'drop');
    const client = createFunctionTasksClient({ endpoint: server.url, retry: { ...FAST, maxAttempts: 2 } });
    const error = await client.listFunctionTasks(INSTANCE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ attempts: 2 });
  });

  it('turns a body cut short into a MalformedResponseError (retried, as a transport failure)', async () => {
    server.faults.push('truncated', 'truncated');
    const client = createFunctionTasksClient({ endpoint: server.url, retry: { ...FAST, maxAttempts: 2 } });
    const error = await client.listFunctionTasks(INSTANCE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(error).toMatchObject({ cutShort: true, attempts: 2 });
    expect(server.requests).toHaveLength(2);
  });

  it.each(['invalid-parameter', 'signature'] as const)('never retries a client error (%s)', async (fault) => {
    server.faults.push(fault, fault);
    const client = createFunctionTasksClient({ endpoint: server.url, retry: FAST });
    const error = await client.listFunctionTasks(INSTANCE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FunctionTasksApiError);
    expect((error as FunctionTasksApiError).attempts).toBe(1);
    expect(server.requests).toHaveLength(1);
  });

  it('makes one attempt with retry: false', async () => {
    server.faults.push('internal-error');
    const client = createFunctionTasksClient({ endpoint: server.url, retry: false });
    await expect(client.listFunctionTasks(INSTANCE)).rejects.toMatchObject({
      code: 'InternalError',
      attempts: 1,
    });
    expect(server.requests).toHaveLength(1);
  });

  it('gives up at once when the requested wait would pass maxElapsedMs', async () => {
    server.faults.push('throttle');
    server.faultHeaders = { 'x-acs-retry-after': '10000' };
    const client = createFunctionTasksClient({
      endpoint: server.url,
      retry: { ...FAST, maxElapsedMs: 1000 },
    });
    const started = performance.now();
    await expect(client.listFunctionTasks(INSTANCE)).rejects.toMatchObject({
      code: 'Throttling.User',
      attempts: 1,
    });
    // Well under the 10 s retry-after it refused to wait out.
    expect(performance.now() - started).toBeLessThan(8_000);
  });

  it('corrects the clock from the Date header on InvalidTimeStamp.Expired and retries once', async () => {
    server.serverDate = new Date(Date.now() + 3_600_000);
    server.faults.push('clock-expired', 'clock-expired', 'clock-expired');
    const skew: ClockSkew = { offsetMs: 0, baseNow: () => Date.now() };
    const seenOffsets: number[] = [];
    const loop = createAttemptLoop({
      retry: { ...DEFAULT_RETRY, ...FAST },
      clockSkew: skew,
      signer: (request) => {
        seenOffsets.push(skew.offsetMs);
        return request;
      },
    });
    const client = createFunctionTasksClient({ endpoint: server.url, retry: FAST });
    // Through the client: one correction, then the second Expired is final (not retried again).
    await expect(client.listFunctionTasks(INSTANCE)).rejects.toMatchObject({
      code: 'InvalidTimeStamp.Expired',
      attempts: 2,
    });
    expect(server.requests).toHaveLength(2);
    // Through the transport: the signer of the second attempt sees the corrected offset (about +1 h).
    server.faults.push('clock-expired');
    const error = await loop
      .execute(async (attempt) => {
        const answer = await attempt.send(
          { method: 'GET', url: `${server.url}/x`, headers: {} },
          'ListFunctionTasks',
        );
        return readSuccessBody(answer.status, answer.text);
      }, 'ListFunctionTasks')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'InvalidTimeStamp.Expired', attempts: 2 });
    expect(seenOffsets).toHaveLength(2);
    expect(seenOffsets[0]).toBe(0);
    expect(Math.abs((seenOffsets[1] ?? 0) - 3_600_000)).toBeLessThan(2_000);
  });
});

describe('retry policy', () => {
  it('draws full-jitter delays within min(maxDelay, base·2^(n−1))', () => {
    const options = { ...DEFAULT_RETRY, baseDelayMs: 100, maxDelayMs: 1000 };
    expect(backoffDelay(1, options, () => 0.999)).toBe(99);
    expect(backoffDelay(3, options, () => 0.999)).toBe(399);
    expect(backoffDelay(10, options, () => 0.999)).toBe(999);
    expect(backoffDelay(3, options, () => 0)).toBe(0);
  });

  it('reads x-acs-retry-after as ms and Retry-After as seconds or a date, capped at 120 s', () => {
    expect(retryAfterMs(new Headers({ 'x-acs-retry-after': '250' }))).toBe(250);
    expect(retryAfterMs(new Headers({ 'x-acs-retry-after': '99999999' }))).toBe(MAX_RETRY_AFTER_MS);
    expect(retryAfterMs(new Headers({ 'retry-after': '3' }))).toBe(3000);
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(retryAfterMs(new Headers({ 'retry-after': 'Wed, 01 Jan 2025 00:00:10 GMT' }), now)).toBe(10_000);
    expect(retryAfterMs(new Headers({ 'retry-after': 'soon' }))).toBeNull();
    expect(retryAfterMs(new Headers())).toBeNull();
  });

  it('retries throttling, 5xx, 429 and InternalError, never other 4xx', () => {
    const api = (httpCode: number, code: string) =>
      new FunctionTasksApiError({ httpCode, code, message: '', requestId: '' });
    expect(isRetryableError(api(400, 'Throttling'))).toBe(true);
    expect(isRetryableError(api(400, 'Throttling.Api'))).toBe(true);
    expect(isRetryableError(api(503, 'ServiceUnavailable'))).toBe(true);
    expect(isRetryableError(api(429, 'TooMany'))).toBe(true);
    expect(isRetryableError(api(200, 'InternalError'))).toBe(true);
    expect(isRetryableError(api(400, 'InvalidParameter'))).toBe(false);
    expect(isRetryableError(api(400, 'SignatureDoesNotMatch'))).toBe(false);
    expect(isRetryableError(api(404, 'App.NotFound'))).toBe(false);
    expect(isRetryableError(new MalformedResponseError(200, 'x', 'not JSON'))).toBe(false);
    expect(isRetryableError(new MalformedResponseError(502, '<html>', 'not JSON'))).toBe(true);
  });

  it('rejects bad retry settings with the offending value', () => {
    expect(() => createFunctionTasksClient({ endpoint: server.url, retry: { maxAttempts: 0 } })).toThrow(
      /retry\.maxAttempts: 0/,
    );
  });
});
