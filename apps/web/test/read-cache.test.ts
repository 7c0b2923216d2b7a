/** Identical upstream reads shared between tabs: counted at the upstream, on a real emulator behind a proxy. */
import { startEmulator } from '@fntasks/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDashboardServer } from '../server/app.js';
import { createReadCache, readKey } from '../server/read-cache.js';
import { INSTANCE, makeTasks, raw, STATIC_DIR, startCountingProxy } from './helpers.js';

const FN = `/v4/openapi/app-groups/${INSTANCE.appGroupIdentity}/functions/${INSTANCE.functionName}`;
const TASKS = `${FN}/instances/${INSTANCE.instanceName}/tasks`;

describe('read cache (unit, on a settable clock)', () => {
  it('reuses a success for the window, never a failure, and joins a read in flight', async () => {
    let now = 1_000;
    const cache = createReadCache({ windowMs: 3_000, now: () => now });
    let loads = 0;
    const ok = () => Promise.resolve({ status: 200, body: `{"n":${++loads}}` });
    const results = await Promise.all([cache.read('k', ok), cache.read('k', ok), cache.read('k', ok)]);
    expect(results.map((r) => r.body)).toEqual(['{"n":1}', '{"n":1}', '{"n":1}']);
    expect((await cache.read('k', ok)).body).toBe('{"n":1}');
    now += 3_000;
    expect((await cache.read('k', ok)).body).toBe('{"n":2}');
    const failing = () => Promise.resolve({ status: 503, body: `{"n":${++loads}}` });
    await cache.read('bad', failing);
    expect((await cache.read('bad', failing)).body).toBe('{"n":4}');
    expect(cache.stats).toEqual({ upstream: 4, reused: 1, joined: 2 });
  });

  it('keeps no answer of a read that was in flight when a write cleared the cache', async () => {
    const cache = createReadCache({ windowMs: 3_000 });
    let release: (v: { status: number; body: string }) => void = () => {};
    const slow = cache.read('k', () => new Promise((r) => (release = r)));
    cache.clear();
    release({ status: 200, body: 'old' });
    await slow;
    expect((await cache.read('k', () => Promise.resolve({ status: 200, body: 'new' }))).body).toBe('new');
  });

  it('is bounded and orders keys by parameter name', () => {
    expect(readKey('ListFunctionTasks', { b: 1, a: 2, c: undefined })).toBe(
      readKey('ListFunctionTasks', { a: 2, b: 1 }),
    );
    expect(() => createReadCache({ windowMs: -1 })).toThrow(/0 to 600000 ms, got -1/);
    const cache = createReadCache({ maxEntries: 2 });
    let loads = 0;
    const load = () => Promise.resolve({ status: 200, body: String(++loads) });
    return (async () => {
      for (const key of ['a', 'b', 'c']) await cache.read(key, load);
      expect((await cache.read('a', load)).body).toBe('4');
      expect((await cache.read('c', load)).body).toBe('3');
    })();
  });
});

describe('read cache (dashboard server, counted at the upstream)', () => {
  let emulator: Awaited<ReturnType<typeof startEmulator>>;
  let counter: Awaited<ReturnType<typeof startCountingProxy>>;
  let seen: string[];
  const servers: { close(): Promise<void> }[] = [];

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, host: '127.0.0.1' });
    await emulator.loadTasks(makeTasks(5));
    // A counting hop in front of the emulator: every upstream request the dashboard makes passes here.
    counter = await startCountingProxy(emulator.url);
    seen = counter.seen;
  });
  afterAll(async () => {
    for (const s of servers) await s.close();
    await counter?.close();
    await emulator?.close();
  });

  async function dashboard(readCacheWindowMs?: number) {
    const server = await startDashboardServer({
      upstream: { endpoint: counter.url },
      staticDir: STATIC_DIR,
      port: 0,
      allowTrain: true,
      ...(readCacheWindowMs !== undefined ? { readCacheWindowMs } : {}),
    });
    servers.push(server);
    return server;
  }

  it('five tabs reading the same views at once cost one upstream read per view', async () => {
    const server = await dashboard();
    seen.length = 0;
    const views = [`${TASKS}?pageSize=50`, `${FN}/instances/${INSTANCE.instanceName}`, `${TASKS}/3`];
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => views.map((path) => raw(server.url, { path }))).flat(),
    );
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(seen).toHaveLength(3);
    // Within the window a refresh is served from the kept answer too.
    await Promise.all(views.map((path) => raw(server.url, { path })));
    expect(seen).toHaveLength(3);
  });

  it('with window 0 shares only reads in flight, and a write makes the next read go upstream', async () => {
    const none = await dashboard(0);
    seen.length = 0;
    await raw(none.url, { path: `${TASKS}?pageSize=7` });
    await raw(none.url, { path: `${TASKS}?pageSize=7` });
    expect(seen).toHaveLength(2);

    const server = await dashboard();
    seen.length = 0;
    await raw(server.url, { path: `${TASKS}?pageSize=9` });
    await raw(server.url, { path: `${TASKS}?pageSize=9` });
    expect(seen).toHaveLength(1);
    // Train now: the session's CSRF token, then the one POST; the list after it is read afresh.
    const sessionAnswer = await raw(server.url, { path: '/api/session' });
    const cookie = String(sessionAnswer.headers['set-cookie']).split(';')[0] ?? '';
    const write = await raw(server.url, {
      method: 'POST',
      path: TASKS,
      headers: {
        origin: server.url,
        cookie,
        'content-type': 'application/json',
        'x-fntasks-csrf': JSON.parse(sessionAnswer.body).csrfToken,
      },
    });
    expect(seen.filter((line) => line.startsWith('POST'))).toHaveLength(1);
    expect([200, 400]).toContain(write.status);
    await raw(server.url, { path: `${TASKS}?pageSize=9` });
    expect(seen.filter((line) => line.startsWith('GET'))).toHaveLength(2);
  });
});
