/** HTTPS_PROXY / HTTP_PROXY / NO_PROXY in Node: a real forward proxy on loopback, and an upstream only it can reach. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hasProxyVariable } from '../src/engine/proxy.js';
import { createFunctionTasksClient } from '../src/index.js';
import { INSTANCE, makeTasks, startTaskListServer, type TaskListServer } from './pagination-server.js';
import { type ForwardProxy, startProxy } from './proxy-server.js';

const NAMES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy'] as const;
let saved: Record<string, string | undefined>;
let upstream: TaskListServer;
let proxy: ForwardProxy;

beforeEach(async () => {
  saved = Object.fromEntries(NAMES.map((n) => [n, process.env[n]]));
  for (const n of NAMES) delete process.env[n];
  upstream = await startTaskListServer(makeTasks(4));
  proxy = await startProxy(Number(new URL(upstream.url).port));
});
afterEach(async () => {
  for (const n of NAMES) {
    if (saved[n] === undefined) delete process.env[n];
    else process.env[n] = saved[n];
  }
  await proxy.close();
  await upstream.close();
});

describe('proxies from the environment (Node)', () => {
  it('sends through HTTP_PROXY: a host only the proxy can reach answers', async () => {
    process.env.HTTP_PROXY = proxy.url;
    const port = new URL(upstream.url).port;
    const client = createFunctionTasksClient({
      endpoint: `http://tasks.upstream.invalid:${port}`,
      retry: false,
    });
    const page = await client.listFunctionTasks({ ...INSTANCE, pageSize: 4 });
    expect(page.tasks).toHaveLength(4);
    expect(proxy.targets).toEqual([`tasks.upstream.invalid:${port}`]);
    expect(upstream.requests).toHaveLength(1);
  });

  it('goes direct for hosts in NO_PROXY', async () => {
    process.env.http_proxy = proxy.url;
    process.env.NO_PROXY = 'localhost,127.0.0.1';
    const client = createFunctionTasksClient({ endpoint: upstream.url, retry: false });
    const page = await client.listFunctionTasks({ ...INSTANCE, pageSize: 2 });
    expect(page.tasks).toHaveLength(2);
    expect(proxy.targets).toEqual([]);
    expect(upstream.requests).toHaveLength(1);
  });

  it('leaves a fetch of the caller alone', async () => {
    process.env.HTTP_PROXY = proxy.url;
    const client = createFunctionTasksClient({
      endpoint: upstream.url,
      fetch: (input, init) => fetch(input, init),
    });
    await client.listFunctionTasks(INSTANCE);
    expect(proxy.targets).toEqual([]);
  });

  it('turns on only for a non-empty proxy variable (NO_PROXY alone does nothing)', () => {
    expect(hasProxyVariable({ NO_PROXY: '*' })).toBe(false);
    expect(hasProxyVariable({ HTTPS_PROXY: ' ' })).toBe(false);
    expect(hasProxyVariable({ https_proxy: 'http://p:3128' })).toBe(true);
    expect(hasProxyVariable(undefined)).toBe(false);
  });
});
