import { request } from 'node:http';
import {
  createFunctionTasksClient,
  FunctionTasksApiError,
  MalformedResponseError,
  NetworkError,
} from '@fntasks/core';
import { describe, expect, it } from 'vitest';
import { control, listRaw, startTestEmulator, task } from './helpers.js';

const NAMES = { appGroupIdentity: 'app', functionName: 'ctr', instanceName: 'inst' };

async function start(options: Parameters<typeof startTestEmulator>[0] = {}) {
  const h = await startTestEmulator(options);
  h.loadTasks([task(1), task(2), task(3)]);
  return h;
}

/** What a raw client sees: the status and declared length, and the bytes before the socket ended. */
function rawExchange(
  url: string,
  path: string,
): Promise<{ status?: number; declared?: number; received: number; error?: string }> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const req = request({ host: u.hostname, port: u.port, path, agent: false }, (res) => {
      let received = 0;
      res.on('data', (c: Buffer) => {
        received += c.length;
      });
      const done = (error?: string) =>
        resolve({
          status: res.statusCode,
          declared: Number(res.headers['content-length']),
          received,
          ...(error ? { error } : {}),
        });
      res.on('end', () => done());
      res.on('aborted', () => done('aborted'));
      res.on('error', (e) => done(e.message));
    });
    req.on('error', (e) => resolve({ received: 0, error: (e as NodeJS.ErrnoException).code ?? e.message }));
    req.end();
  });
}

const PATH = '/v4/openapi/app-groups/app/functions/ctr/instances/inst/tasks?pageSize=3';

describe('scripted faults (next queue), then normal answers', () => {
  it('internal-error x2: two 500 InternalError bodies, then 200', async () => {
    const h = await start();
    await control(h, 'PUT', 'faults', { next: [{ kind: 'internal-error', count: 2 }] });
    const answers = [await listRaw(h), await listRaw(h), await listRaw(h)];
    expect(answers.map((a) => a.status)).toEqual([500, 500, 200]);
    expect(answers[0]?.json).toMatchObject({ httpCode: 500, code: 'InternalError' });
    expect((await control(h, 'GET', 'faults')).json.faults.next).toEqual([]);
  });

  it('throttle: 400 Throttling.User with x-acs-retry-after in ms', async () => {
    const h = await start();
    h.setFaults({ retryAfterMs: 1500, next: [{ kind: 'throttle', count: 1 }] });
    const res = await listRaw(h, {}, { 'x-fntasks-casing': 'pascal' });
    expect(res.status).toBe(400);
    expect(res.headers['x-acs-retry-after']).toBe('1500');
    expect(res.json).toMatchObject({ Code: 'Throttling.User', HttpCode: 400 });
  });

  it('html-502: a non-JSON gateway page; the core client reports MalformedResponseError', async () => {
    const h = await start();
    h.setFaults({ next: [{ kind: 'html-502', count: 2 }] });
    const res = await listRaw(h);
    expect(res.status).toBe(502);
    expect(res.headers['content-type']).toBe('text/html');
    expect(res.text).toContain('<h1>502 Bad Gateway</h1>');
    const client = createFunctionTasksClient({ endpoint: h.url, retry: false });
    await expect(client.listFunctionTasks(NAMES)).rejects.toBeInstanceOf(MalformedResponseError);
  });

  it('truncated: Content-Length larger than the bytes sent, then the socket ends', async () => {
    const h = await start();
    h.setFaults({ next: [{ kind: 'truncated', count: 1 }] });
    const seen = await rawExchange(h.url, PATH);
    expect(seen.status).toBe(200);
    expect(seen.declared).toBeGreaterThan(seen.received);
    expect(seen.received).toBeGreaterThan(0);
    expect(seen.error).toBeDefined();
    h.setFaults({ next: [{ kind: 'truncated', count: 1 }] });
    const client = createFunctionTasksClient({ endpoint: h.url, retry: false });
    const error = await client.listFunctionTasks(NAMES).catch((e: unknown) => e);
    expect(error instanceof MalformedResponseError || error instanceof NetworkError).toBe(true);
  });

  it('drop: the connection is destroyed without any answer', async () => {
    const h = await start();
    h.setFaults({ next: [{ kind: 'drop', count: 1 }] });
    const seen = await rawExchange(h.url, PATH);
    expect(seen.status).toBeUndefined();
    expect(seen.error).toMatch(/ECONNRESET|socket hang up/);
    expect((await listRaw(h)).status).toBe(200);
  });

  it('a retrying core client gets through scripted faults', async () => {
    const h = await start();
    h.setFaults({
      retryAfterMs: 10,
      next: [
        { kind: 'internal-error', count: 1 },
        { kind: 'throttle', count: 1 },
        { kind: 'drop', count: 1 },
      ],
    });
    const client = createFunctionTasksClient({
      endpoint: h.url,
      retry: { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 20 },
    });
    const page = await client.listFunctionTasks(NAMES);
    expect(page.totalCount).toBe(3);
  });
});

describe('fault settings', () => {
  it('rates: internalErrorRate 1 fails every request until DELETE /faults', async () => {
    const h = await start({ faults: { internalErrorRate: 1 } });
    expect((await listRaw(h)).status).toBe(500);
    const client = createFunctionTasksClient({ endpoint: h.url, retry: false });
    const error = await client.listFunctionTasks(NAMES).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FunctionTasksApiError);
    expect((error as FunctionTasksApiError).code).toBe('InternalError');
    const cleared = await control(h, 'DELETE', 'faults');
    expect(cleared.json.faults).toMatchObject({ internalErrorRate: 0, latencyMs: 0, next: [] });
    expect((await listRaw(h)).status).toBe(200);
  });

  it('latencyMs delays answers; control routes are never delayed or faulted', async () => {
    const h = await start();
    // A latency far above any scheduling noise: the control route answering well before it proves it was not delayed.
    await control(h, 'PUT', 'faults', { latencyMs: 8000, dropRate: 1 });
    const t = performance.now();
    expect((await control(h, 'GET', 'health')).json).toEqual({ ok: true });
    expect(performance.now() - t).toBeLessThan(8000);
    await control(h, 'PUT', 'faults', { latencyMs: 150 });
    const t2 = performance.now();
    expect((await listRaw(h)).status).toBe(200);
    expect(performance.now() - t2).toBeGreaterThanOrEqual(140);
  });

  it('PUT replaces (omitted fields return to defaults) and rejects bad settings with 400 {error}', async () => {
    const h = await start();
    await control(h, 'PUT', 'faults', { throttleRate: 0.5, latencyMs: 5 });
    expect((await control(h, 'PUT', 'faults', { latencyMs: 7 })).json.faults).toMatchObject({
      throttleRate: 0,
      latencyMs: 7,
    });
    const bad = [
      { next: [{ kind: 'explode', count: 1 }] },
      { next: [{ kind: 'drop', count: 0 }] },
      { internalErrorRate: 2 },
      { latencyMs: -1 },
      { latency: 5 },
      'not json',
    ];
    for (const body of bad) {
      const res = await control(h, 'PUT', 'faults', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(typeof res.json.error).toBe('string');
    }
  });
});
