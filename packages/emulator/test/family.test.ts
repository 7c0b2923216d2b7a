/**
 * The function family over real HTTP, both casings (issues 13 and 14): ListFunctionInstances,
 * GetFunctionInstance, GetFunctionDefaultInstance, GetFunctionTask, CreateFunctionTask, DeleteFunctionTask, their
 * error codes and statuses, and the instances that loading tasks creates.
 */
import { functionOperationPath } from '@fntasks/protocol';
import { describe, expect, it } from 'vitest';
import type { EmulatorHandle, LoadInstance } from '../src/index.js';
import { listRaw, rawRequest, startTestEmulator, T0, task } from './helpers.js';

const MIN = 60_000;
const NAMES = { appGroupIdentity: 'app', functionName: 'ctr' };

function call(
  h: EmulatorHandle,
  operationId: Parameters<typeof functionOperationPath>[0],
  params: Record<string, string | number>,
  options: { query?: Record<string, string>; casing?: 'camel' | 'pascal' } = {},
) {
  const method = { CreateFunctionTask: 'POST', DeleteFunctionTask: 'DELETE' }[operationId as string] ?? 'GET';
  const search = new URLSearchParams(options.query ?? {}).toString();
  const path = functionOperationPath(operationId, { ...NAMES, ...params }) + (search ? `?${search}` : '');
  return rawRequest(h.url, path, {
    method,
    headers: options.casing ? { 'x-fntasks-casing': options.casing } : {},
  });
}

const instance = (name: string, extra: Partial<LoadInstance> = {}): LoadInstance => ({
  ...NAMES,
  instanceName: name,
  modelType: 'tf_checkpoint',
  createTime: T0 - 1000,
  ...extra,
});

async function fixture() {
  const h = await startTestEmulator();
  h.loadInstances([
    instance('inst', {
      cron: '0 3 ? * 0,1,3,5',
      description: 'the fixture',
      versionId: 101,
      belongs: { category: 'general', domain: 'ecommerce', language: 'zh' },
      createParameters: [{ name: 'algorithm', value: 'deepfm' }],
      usageParameters: [{ name: 'scene', value: 'search' }],
      isDefault: true,
    }),
    instance('older', {
      createTime: T0 - 5000,
      modelType: 'text',
      functionType: 'SAAS',
      status: 'unavailable',
    }),
    instance('builtin_one', { source: 'builtin', createTime: T0 - 9000 }),
  ]);
  h.loadTasks([
    task(-30, { generation: '1' }),
    task(-20, { generation: '2', status: 'failed', endTime: T0 - 19 * MIN, extendInfo: { errors: ['x'] } }),
  ]);
  return h;
}

describe('ListFunctionInstances', () => {
  it('lists user instances newest first with the documented fields, in either casing', async () => {
    const h = await fixture();
    const camel = (await call(h, 'ListFunctionInstances', {})).json;
    expect(camel.totalCount).toBe(2);
    expect(camel.result.map((i: { instanceName: string }) => i.instanceName)).toEqual(['inst', 'older']);
    expect(camel.result[0]).toEqual({
      instanceName: 'inst',
      functionName: 'ctr',
      functionType: 'PAAS',
      modelType: 'tf_checkpoint',
      versionId: 101,
      description: 'the fixture',
      status: 'available',
      source: 'user',
      createTime: T0 - 1000,
      cron: '0 3 ? * 0,1,3,5',
      belongs: { category: 'general', domain: 'ecommerce', language: 'zh' },
      createParameters: [{ name: 'algorithm', value: 'deepfm' }],
      usageParameters: [{ name: 'scene', value: 'search' }],
    });
    const pascal = (await call(h, 'ListFunctionInstances', {}, { casing: 'pascal' })).json;
    expect(pascal.TotalCount).toBe(2);
    expect(pascal.Result[0]).toMatchObject({
      InstanceName: 'inst',
      Belongs: { Category: 'general', Domain: 'ecommerce', Language: 'zh' },
      CreateParameters: [{ Name: 'algorithm', Value: 'deepfm' }],
    });
    expect(pascal.Result[0].Task).toBeUndefined();
  });

  it('filters by source, modelType and functionType; pages; output levels', async () => {
    const h = await fixture();
    const names = async (query: Record<string, string>) =>
      (await call(h, 'ListFunctionInstances', {}, { query })).json.result.map(
        (i: { instanceName: string }) => i.instanceName,
      );
    expect(await names({ source: 'all' })).toEqual(['inst', 'older', 'builtin_one']);
    expect(await names({ source: 'builtin' })).toEqual(['builtin_one']);
    expect(await names({ modelType: 'text' })).toEqual(['older']);
    expect(await names({ functionType: 'SAAS' })).toEqual(['older']);
    expect(await names({ source: 'all', pageSize: '2', pageNumber: '2' })).toEqual(['builtin_one']);
    expect(await names({ pageNumber: '9' })).toEqual([]);
    const simple = (await call(h, 'ListFunctionInstances', {}, { query: { output: 'simple' } })).json
      .result[0];
    expect(simple).not.toHaveProperty('cron');
    expect(simple).not.toHaveProperty('belongs');
    const detail = (await call(h, 'ListFunctionInstances', {}, { query: { output: 'detail' } })).json
      .result[0];
    expect(detail.extendInfo).toBe('{"dataReport":{},"errors":{}}');
    const badQueries: Record<string, string>[] = [
      { output: 'full' },
      { source: 'mine' },
      { modelType: 'gpt' },
      { pageSize: '0' },
    ];
    for (const query of badQueries) {
      const res = await call(h, 'ListFunctionInstances', {}, { query });
      expect(res.status, JSON.stringify(query)).toBe(400);
      expect(res.json.code).toBe('InvalidParameter');
    }
    expect((await call(h, 'ListFunctionInstances', { appGroupIdentity: 'nope' })).json.code).toBe(
      'App.NotFound',
    );
  });

  it('loading tasks for an unknown instance creates it with defaults (provider states keep working)', async () => {
    const h = await startTestEmulator();
    h.loadTasks([task(1, { functionName: 'pop', instanceName: 'pop_fixture' })]);
    const res = await call(h, 'ListFunctionInstances', { functionName: 'pop' });
    expect(res.json.result).toEqual([
      expect.objectContaining({
        instanceName: 'pop_fixture',
        modelType: 'pop',
        status: 'available',
        cron: '',
      }),
    ]);
  });
});

describe('GetFunctionInstance', () => {
  it('adds task.dagStatus, lastRunTime (a duration) and progress; untrained without tasks', async () => {
    const h = await fixture();
    const ended = (await call(h, 'GetFunctionInstance', { instanceName: 'inst' })).json.result;
    expect(ended.task).toEqual({ dagStatus: 'failed', lastRunTime: MIN, progress: 100 });
    h.loadTasks([
      task(-10, { generation: '3', status: 'running', endTime: 0, progress: 0, durationMs: 20 * MIN }),
    ]);
    const running = (await call(h, 'GetFunctionInstance', { instanceName: 'inst' }, { casing: 'pascal' }))
      .json;
    expect(running.Result.Task).toEqual({ DagStatus: 'running', LastRunTime: 10 * MIN, Progress: 50 });
    expect(running.Result.InstanceName).toBe('inst');
    const untrained = (await call(h, 'GetFunctionInstance', { instanceName: 'older' })).json.result;
    expect(untrained.task).toEqual({ dagStatus: 'untrained', lastRunTime: 0, progress: 0 });
    const missing = await call(h, 'GetFunctionInstance', { instanceName: 'nope' });
    expect(missing.status).toBe(404);
    expect(missing.json.code).toBe('Instance.NotExist');
  });
});

describe('GetFunctionDefaultInstance', () => {
  it('answers Result.InstanceName plus, in PascalCase only, the stray top-level names; DefaultInstance.NotExist when none', async () => {
    const h = await fixture();
    const camel = (await call(h, 'GetFunctionDefaultInstance', {})).json;
    expect(camel).toMatchObject({ status: 'OK', result: { instanceName: 'inst' } });
    // The spec's camelCase shape (the page's sample) has no stray keys.
    expect(camel).not.toHaveProperty('instanceName');
    expect(camel).not.toHaveProperty('functionName');
    const pascal = (await call(h, 'GetFunctionDefaultInstance', {}, { casing: 'pascal' })).json;
    expect(pascal).toMatchObject({
      Result: { InstanceName: 'inst' },
      InstanceName: 'inst',
      FunctionName: 'ctr',
    });
    h.setDefaultInstance({ ...NAMES, instanceName: null });
    const none = await call(h, 'GetFunctionDefaultInstance', {});
    expect(none.status).toBe(404);
    expect(none.json.code).toBe('DefaultInstance.NotExist');
    const route = functionOperationPath('GetFunctionDefaultInstance', NAMES);
    expect(route).toMatch(/\/default-instance$/);
    expect((await rawRequest(h.url, `${route}s`)).status).toBe(404);
  });
});

describe('GetFunctionTask, CreateFunctionTask, DeleteFunctionTask', () => {
  it('GetFunctionTask returns the 8 task fields by generation; Task.NotExist (404) and a bad generation (400)', async () => {
    const h = await fixture();
    const bad = await call(h, 'GetFunctionTask', { instanceName: 'inst', generation: 'latest' });
    expect(bad.status).toBe(400);
    expect(bad.json.code).toBe('InvalidParameter');
    const found = await call(h, 'GetFunctionTask', { instanceName: 'inst', generation: 99 });
    expect(found.status).toBe(404);
    h.loadTasks([task(5, { generation: '7' })]);
    const seven = (
      await call(h, 'GetFunctionTask', { instanceName: 'inst', generation: 7 }, { casing: 'pascal' })
    ).json;
    expect(seven.Result).toEqual({
      FunctionName: 'ctr',
      RunId: task(5).runId,
      Generation: '7',
      Status: 'success',
      Progress: 100,
      StartTime: T0 + 5 * MIN,
      EndTime: T0 + 5 * MIN + 30_000,
      ExtendInfo: '{"recall":90,"errors":[]}',
    });
    expect(found.json.code).toBe('Task.NotExist');
  });

  it('CreateFunctionTask starts the next generation (envelope only); Task.IsRunning while it runs', async () => {
    const h = await fixture();
    h.loadTasks([task(-5, { generation: '41', endTime: T0 - 4 * MIN })]);
    const created = await call(h, 'CreateFunctionTask', { instanceName: 'inst' });
    expect(created.status).toBe(200);
    expect(created.json).toEqual({
      status: 'OK',
      requestId: expect.any(String),
      httpCode: 200,
      code: '',
      message: '',
      latency: expect.any(Number),
      result: {},
    });
    const newest = (await listRaw(h, { pageSize: 1 })).json.result[0];
    expect(newest).toMatchObject({ generation: '42', status: 'running', startTime: T0, endTime: 0 });
    const again = await call(h, 'CreateFunctionTask', { instanceName: 'inst' }, { casing: 'pascal' });
    expect(again.status).toBe(400);
    expect(again.json).toMatchObject({ Code: 'Task.IsRunning', HttpCode: 400 });
    // The run ends on the emulator clock with its planned outcome; then a new one may start.
    h.setClock({ advanceMs: 3 * 3_600_000 });
    const ended = (await call(h, 'GetFunctionTask', { instanceName: 'inst', generation: 42 })).json.result;
    expect(['success', 'failed']).toContain(ended.status);
    expect(ended.endTime).toBeGreaterThan(T0);
    const pascal = await call(h, 'CreateFunctionTask', { instanceName: 'inst' }, { casing: 'pascal' });
    expect(Object.keys(pascal.json).sort()).toEqual([
      'Code',
      'HttpCode',
      'Latency',
      'Message',
      'RequestId',
      'Status',
    ]);
    expect((await call(h, 'CreateFunctionTask', { instanceName: 'nope' })).json.code).toBe(
      'Instance.NotExist',
    );
  });

  it('DeleteFunctionTask removes an ended run and keeps pages dense; a running one is Task.UnableDelete', async () => {
    const h = await fixture();
    h.loadTasks([3, 4, 5, 6].map((m) => task(m - 10, { generation: String(m) })));
    h.loadTasks([task(0, { generation: '7', status: 'running', endTime: 0, progress: 0 })]);
    const before = (await listRaw(h, { pageSize: 100 })).json.result.map((t: { runId: string }) => t.runId);
    const refused = await call(h, 'DeleteFunctionTask', { instanceName: 'inst', generation: 7 });
    expect(refused.status).toBe(400);
    expect(refused.json.code).toBe('Task.UnableDelete');
    const deleted = await call(h, 'DeleteFunctionTask', { instanceName: 'inst', generation: 3 });
    expect(deleted.status).toBe(200);
    expect(deleted.json.result).toEqual({});
    const after = await listRaw(h, { pageSize: 2, pageNumber: 2 });
    expect(after.json.totalCount).toBe(before.length - 1);
    const remaining = before.filter((id: string) => id !== task(-7).runId);
    expect(after.json.result.map((t: { runId: string }) => t.runId)).toEqual(remaining.slice(2, 4));
    expect((await listRaw(h, { status: 'success', pageSize: 100 })).json.totalCount).toBe(4);
    expect((await listRaw(h, { status: 'success', pageSize: 1, pageNumber: 4 })).json.result[0].runId).toBe(
      task(-30).runId,
    );
    const gone = await call(h, 'DeleteFunctionTask', { instanceName: 'inst', generation: 3 });
    expect(gone.status).toBe(404);
    expect(gone.json.code).toBe('Task.NotExist');
  });
});
