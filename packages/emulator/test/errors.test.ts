import { createFunctionTasksClient, FunctionTasksApiError } from '@fntasks/core';
import { describe, expect, it } from 'vitest';
import { listRaw, rawRequest, startTestEmulator, task } from './helpers.js';

async function start() {
  const h = await startTestEmulator();
  h.loadTasks([task(1), task(2)]);
  return h;
}

describe('400 InvalidParameter names the parameter', () => {
  const cases: [string, Record<string, string>][] = [
    ['pageSize', { pageSize: 'abc' }],
    ['pageSize', { pageSize: '0' }],
    ['pageSize', { pageSize: '101' }],
    ['pageSize', { pageSize: '2.5' }],
    ['pageNumber', { pageNumber: '-1' }],
    ['pageNumber', { pageNumber: '0' }],
    ['pageNumber', { pageNumber: '99999999999' }],
    ['startTime', { startTime: 'yesterday' }],
    ['startTime', { startTime: '-5' }],
    ['endTime', { endTime: '1e12' }],
    ['status', { status: 'done' }],
    ['status', { status: 'SUCCESS' }],
    ['status', { status: '' }],
  ];
  it.each(cases)('%s in %j', async (parameter, query) => {
    const h = await start();
    const res = await listRaw(h, query);
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ httpCode: 400, code: 'InvalidParameter' });
    expect(res.json.message).toContain(`Parameter ${parameter}`);
    expect(res.json.message).toContain(JSON.stringify(Object.values(query)[0]));
  });

  it('a repeated parameter, and the documented maximum of 100', async () => {
    const h = await start();
    const repeated = await rawRequest(
      h.url,
      '/v4/openapi/app-groups/app/functions/ctr/instances/inst/tasks?status=success&status=failed',
    );
    expect(repeated.json.message).toMatch(/status was given 2 times/);
    const max = await listRaw(h, { pageSize: 101 });
    expect(max.json.message).toBe('Parameter pageSize must be at most 100, got "101".');
    expect((await listRaw(h, { pageSize: 100 })).status).toBe(200);
  });

  it('broken percent-encoding in the path or query is a 400, not a crash', async () => {
    const h = await start();
    const path = await rawRequest(
      h.url,
      '/v4/openapi/app-groups/%E0%A4%A/functions/ctr/instances/inst/tasks',
    );
    expect(path.status).toBe(400);
    expect(path.json.message).toContain('appGroupIdentity');
    const query = await rawRequest(
      h.url,
      '/v4/openapi/app-groups/app/functions/ctr/instances/inst/tasks?status=%ZZ',
    );
    expect(query.status).toBe(400);
    expect((await listRaw(h)).status).toBe(200);
  });

  it('unknown query parameters are ignored, as the gateway does', async () => {
    const h = await start();
    expect((await listRaw(h, { foo: 'bar' })).status).toBe(200);
  });
});

describe('404s', () => {
  it('App.NotFound for an unknown app group', async () => {
    const h = await start();
    const res = await listRaw(h, {}, {}, ['nope', 'ctr', 'inst']);
    expect(res.status).toBe(404);
    expect(res.json).toMatchObject({ httpCode: 404, code: 'App.NotFound' });
    expect(res.json.message).toContain('nope');
  });

  it('Instance.NotExist for an unknown instance or function of a known app group', async () => {
    const h = await start();
    for (const names of [
      ['app', 'ctr', 'other'],
      ['app', 'hot', 'inst'],
    ] as [string, string, string][]) {
      const res = await listRaw(h, {}, {}, names);
      expect(res.status).toBe(404);
      expect(res.json.code).toBe('Instance.NotExist');
    }
  });

  it('an unknown route is a JSON 404, a method no operation serves on a path too', async () => {
    const h = await start();
    const res = await rawRequest(h.url, '/v4/openapi/apps');
    expect(res.status).toBe(404);
    expect(res.json.code).toBe('NotFound');
    const put = await rawRequest(h.url, '/v4/openapi/app-groups/app/functions/ctr/instances/inst/tasks', {
      method: 'PUT',
    });
    expect(put.status).toBe(404);
    expect(put.json.code).toBe('NotFound');
  });

  it('the core client throws FunctionTasksApiError with the code and request id', async () => {
    const h = await start();
    const client = createFunctionTasksClient({ endpoint: h.url, retry: false });
    const error = await client
      .listFunctionTasks({ appGroupIdentity: 'nope', functionName: 'ctr', instanceName: 'inst' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FunctionTasksApiError);
    expect(error).toMatchObject({ httpCode: 404, code: 'App.NotFound' });
    expect((error as FunctionTasksApiError).requestId).toMatch(/^[0-9A-F-]{36}$/);
  });
});
