/** The server without a browser: forwarding, the instance list, and everything it must refuse. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createFunctionTasksClient } from '@fntasks/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INSTANCE, makeTasks, raw, STATIC_DIR, type Stack, startStack } from './helpers.js';

const TASKS_PATH = `/v4/openapi/app-groups/${INSTANCE.appGroupIdentity}/functions/${INSTANCE.functionName}/instances/${INSTANCE.instanceName}/tasks`;

describe('dashboard server', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      server: {
        appGroups: ['grp'],
        instances: [{ appGroupIdentity: 'cfg-app', functionName: 'ctr', instanceName: 'cfg_inst' }],
      },
    });
    await stack.emulator.loadTasks(makeTasks(12));
  });
  afterAll(() => stack?.close());

  it('forwards ListFunctionTasks with its query and returns the upstream body as-is (both casings)', async () => {
    const camel = await raw(stack.server.url, { path: `${TASKS_PATH}?pageSize=5&status=failed&bogus=1` });
    expect(camel.status).toBe(200);
    const body = JSON.parse(camel.body);
    expect(body.totalCount).toBe(1);
    expect(body.result[0].status).toBe('failed');
    await stack.emulator.setCasing('pascal');
    const pascal = await raw(stack.server.url, { path: `${TASKS_PATH}?pageSize=5` });
    expect(JSON.parse(pascal.body).TotalCount).toBe(12);
    await stack.emulator.setCasing('camel');
  });

  it('keeps names with spaces, slashes, percent signs and non-ASCII intact through the hop (core on both sides)', async () => {
    const odd = { appGroupIdentity: 'app grp', functionName: 'ctr', instanceName: 'a/b ü%20?#' };
    await stack.emulator.loadTasks(makeTasks(3, odd));
    const client = createFunctionTasksClient({ endpoint: stack.server.url });
    const page = await client.listFunctionTasks({ ...odd, pageSize: 10 });
    expect(page.totalCount).toBe(3);
  });

  it('passes API errors through and rejects bad arguments before forwarding', async () => {
    const missing = await raw(stack.server.url, {
      path: '/v4/openapi/app-groups/nope/functions/ctr/instances/x/tasks',
    });
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body).code).toBe('App.NotFound');
    const bad = await raw(stack.server.url, { path: `${TASKS_PATH}?pageSize=abc` });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).code).toBe('InvalidParameter');
  });

  it('forwards the GET allow-list: instances, the default instance, one instance, one task', async () => {
    const fn = `/v4/openapi/app-groups/${INSTANCE.appGroupIdentity}/functions/${INSTANCE.functionName}`;
    const list = await raw(stack.server.url, { path: `${fn}/instances?pageSize=5&bogus=1` });
    expect(list.status).toBe(200);
    expect(list.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(list.body).toContain(INSTANCE.instanceName);
    const one = await raw(stack.server.url, { path: `${fn}/instances/${INSTANCE.instanceName}` });
    expect(one.status).toBe(200);
    const task = await raw(stack.server.url, { path: `${TASKS_PATH}/3` });
    expect(task.status).toBe(200);
    expect(task.body).toContain('"3"');
    const missing = await raw(stack.server.url, { path: `${TASKS_PATH}/999` });
    expect(JSON.parse(missing.body).code).toBe('Task.NotExist');
    const def = await raw(stack.server.url, { path: `${fn}/default-instance` });
    expect(def.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('tells the page its session: app groups (configured and from --instance), no Train now by default', async () => {
    const res = await raw(stack.server.url, { path: '/api/session' });
    expect(JSON.parse(res.body)).toEqual({
      appGroups: ['grp', 'cfg-app'],
      instances: [{ appGroupIdentity: 'cfg-app', functionName: 'ctr', instanceName: 'cfg_inst' }],
      allowTrain: false,
      csrfToken: null,
    });
  });

  it('serves the app with a strict CSP', async () => {
    const res = await raw(stack.server.url);
    expect(res.status).toBe(200);
    expect(res.body).toContain('<div id="app">');
    expect(res.headers['content-security-policy']).toContain(`script-src ${stack.server.url}/assets/;`);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses unknown paths, the control API, non-GET methods, foreign Host and Origin', async () => {
    const url = stack.server.url;
    const port = new URL(url).port;
    expect((await raw(url, { path: '/__fntasks/instances' })).status).toBe(404);
    expect((await raw(url, { path: '/api/instances' })).status).toBe(404);
    expect((await raw(url, { path: '/__fntasks/reset', method: 'POST' })).status).toBe(405);
    expect((await raw(url, { path: '/v4/openapi/app-groups/a/functions/f' })).status).toBe(404);
    expect((await raw(url, { path: '/etc/passwd' })).status).toBe(404);
    expect((await raw(url, { path: '/../../package.json' })).status).toBe(404);
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS']) {
      const res = await raw(url, { path: TASKS_PATH, method });
      expect(res.status, method).toBe(405);
      expect(res.headers.allow).toBe('GET');
    }
    const foreignHost = await raw(url, { path: TASKS_PATH, headers: { host: `evil.example:${port}` } });
    expect(foreignHost.status).toBe(403);
    expect(JSON.parse(foreignHost.body).code).toBe('Dashboard.ForeignHost');
    expect((await raw(url, { path: '/', headers: { host: `attacker.test` } })).status).toBe(403);
    const foreignOrigin = await raw(url, { path: TASKS_PATH, headers: { origin: 'http://evil.example' } });
    expect(foreignOrigin.status).toBe(403);
    expect((await raw(url, { path: TASKS_PATH, headers: { origin: 'null' } })).status).toBe(403);
    // Its own origin, under either loopback name, is fine.
    expect(
      (await raw(url, { path: TASKS_PATH, headers: { origin: `http://127.0.0.1:${port}` } })).status,
    ).toBe(200);
    expect((await raw(url, { path: TASKS_PATH, headers: { host: `localhost:${port}` } })).status).toBe(200);
  });

  it('answers 502 in the API error shape when the upstream is down', async () => {
    const { startDashboardServer } = await import('../server/app.js');
    const dead = await startDashboardServer({
      upstream: { endpoint: 'http://127.0.0.1:9' },
      port: 0,
      staticDir: STATIC_DIR,
    });
    try {
      const res = await raw(dead.url, { path: TASKS_PATH });
      expect(res.status).toBe(502);
      expect(JSON.parse(res.body)).toMatchObject({ code: 'Dashboard.UpstreamUnreachable', httpCode: 502 });
    } finally {
      await dead.close();
    }
  });
});

describe('the built bundle', () => {
  it('has no source maps, no Node-only code and no credential plumbing', () => {
    const walk = (d: string): string[] =>
      readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
    const files = walk(STATIC_DIR);
    expect(files.some((f) => f.endsWith('.map'))).toBe(false);
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      expect(text, f).not.toMatch(
        /\.aliyun\/config\.json|ALIBABA_CLOUD_ACCESS_KEY_SECRET|node:crypto|node:fs/,
      );
    }
  });
});
