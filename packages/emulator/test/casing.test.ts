import { createFunctionTasksClient } from '@fntasks/core';
import { ENVELOPE_KEYS, ERROR_KEYS, TASK_KEYS } from '@fntasks/protocol';
import { describe, expect, it } from 'vitest';
import { control, listRaw, startTestEmulator, T0, task } from './helpers.js';

const CAMEL_ENVELOPE = Object.keys(ENVELOPE_KEYS);
const PASCAL_ENVELOPE = Object.values(ENVELOPE_KEYS);

async function start(options: Parameters<typeof startTestEmulator>[0] = {}) {
  const h = await startTestEmulator(options);
  h.loadTasks([
    task(1, {
      runId: 'trigger__2021-03-05T12:18:41',
      generation: '3',
      extendInfo: '{"recall":91,"errors":[]}',
    }),
    task(2, { runId: 'now-running', status: 'running', progress: 0, endTime: 0 }),
  ]);
  return h;
}

describe('camelCase (default): the API page sample, exactly', () => {
  it('has the sample envelope keys in order and values', async () => {
    const h = await start();
    const res = await listRaw(h, { pageSize: 2 });
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(Object.keys(res.json)).toEqual(CAMEL_ENVELOPE);
    expect(res.json).toMatchObject({ status: 'OK', httpCode: 200, code: '', message: '', totalCount: 2 });
    expect(res.json.requestId).toMatch(/^[0-9A-F-]{36}$/);
    expect(res.headers['x-acs-request-id']).toBe(res.json.requestId);
    expect(Number.isInteger(res.json.latency)).toBe(true);
    const [running, done] = res.json.result;
    expect(Object.keys(done).sort()).toEqual(Object.keys(TASK_KEYS).sort());
    expect(done).toEqual({
      functionName: 'ctr',
      runId: 'trigger__2021-03-05T12:18:41',
      generation: '3',
      status: 'success',
      progress: 100,
      startTime: T0 + 60_000,
      endTime: T0 + 90_000,
      extendInfo: '{"recall":91,"errors":[]}',
    });
    expect(running).toMatchObject({ status: 'running', endTime: 0, progress: 0, generation: '2' });
    expect(typeof running.extendInfo).toBe('string');
  });

  it('omits generation when a task has none, as the normaliser must tolerate', async () => {
    const h = await startTestEmulator();
    h.loadTasks([task(1, { generation: null })]);
    const res = await listRaw(h);
    expect('generation' in res.json.result[0]).toBe(false);
  });
});

describe('PascalCase: the SDK metadata', () => {
  it('by the x-fntasks-casing header: same values under PascalCase keys', async () => {
    const h = await start();
    const camel = await listRaw(h, { pageSize: 2 });
    const pascal = await listRaw(h, { pageSize: 2 }, { 'x-fntasks-casing': 'pascal' });
    expect(Object.keys(pascal.json)).toEqual(PASCAL_ENVELOPE);
    expect(pascal.json).toMatchObject({ Status: 'OK', HttpCode: 200, Code: '', Message: '', TotalCount: 2 });
    const camelTask = camel.json.result[1];
    const pascalTask = pascal.json.Result[1];
    for (const [name, wire] of Object.entries(TASK_KEYS)) expect(pascalTask[wire]).toEqual(camelTask[name]);
  });

  it('by mode (--casing / PUT casing), and a per-request header overrides the mode', async () => {
    const h = await start({ casing: 'pascal' });
    expect(Object.keys((await listRaw(h)).json)).toEqual(PASCAL_ENVELOPE);
    expect(Object.keys((await listRaw(h, {}, { 'x-fntasks-casing': 'camel' })).json)).toEqual(CAMEL_ENVELOPE);
    expect((await control(h, 'PUT', 'casing', { casing: 'camel' })).json).toEqual({ casing: 'camel' });
    expect(Object.keys((await listRaw(h)).json)).toEqual(CAMEL_ENVELOPE);
    h.setCasing('pascal');
    expect((await control(h, 'GET', 'casing')).json).toEqual({ casing: 'pascal' });
  });

  it('error bodies follow the casing too', async () => {
    const h = await start();
    const camel = await listRaw(h, { pageSize: 'x' });
    expect(Object.keys(camel.json)).toEqual(Object.keys(ERROR_KEYS));
    const pascal = await listRaw(h, { pageSize: 'x' }, { 'x-fntasks-casing': 'pascal' });
    expect(Object.keys(pascal.json)).toEqual(Object.values(ERROR_KEYS));
    expect(pascal.json).toMatchObject({ HttpCode: 400, Code: 'InvalidParameter' });
  });

  it('rejects an unknown casing header value with InvalidParameter naming the header', async () => {
    const h = await start();
    const res = await listRaw(h, {}, { 'x-fntasks-casing': 'snake' });
    expect(res.status).toBe(400);
    expect(res.json.code).toBe('InvalidParameter');
    expect(res.json.message).toContain('x-fntasks-casing');
    expect((await control(h, 'PUT', 'casing', { casing: 'snake' })).status).toBe(400);
  });

  it('the core client reads both casings to the same tasks', async () => {
    const h = await start();
    const names = { appGroupIdentity: 'app', functionName: 'ctr', instanceName: 'inst', pageSize: 2 };
    const camel = await createFunctionTasksClient({ endpoint: h.url }).listFunctionTasks(names);
    const pascal = await createFunctionTasksClient({
      endpoint: h.url,
      headers: { 'x-fntasks-casing': 'pascal' },
    }).listFunctionTasks(names);
    expect(camel.casing).toBe('camel');
    expect(pascal.casing).toBe('pascal');
    expect(pascal.tasks).toEqual(camel.tasks);
  });
});
