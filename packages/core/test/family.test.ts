/**
 * The function-task family through the real client over loopback: every operation in both casings, what goes on
 * the wire (method, path, no body, the empty body's hash, the action), signatures the official implementation
 * computes byte for byte (ACS3 and HMAC-SHA1, GET, POST and DELETE), the success-or-error rule, and the helpers
 * built on the operations (instances iterator, startFunctionTask, fetchRaw).
 */

import { EMPTY_BODY_SHA256 } from '@fntasks/protocol';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createFunctionTasksClient,
  FunctionTasksApiError,
  type FunctionTasksClientOptions,
  InvalidArgumentError,
  MalformedResponseError,
  metricNames,
  readMetric,
  WaitTimeoutError,
} from '../src/index.js';
import { fetchRaw } from '../src/raw/index.js';
import { envelope, type FamilyServer, startFamilyServer, wireInstance, wireTask } from './family-server.js';
import { officialAuthorizationFor, receivedRequest } from './signing-oracle.js';

const ID = 'LTAI5tFamilyKeyId';
const SECRET = 'family-secret/+=';
const TOKEN = 'CAISfamilyToken0123456789';
const INSTANCE = { appGroupIdentity: 'my-app', functionName: 'ctr', instanceName: 'ctr_test' };
const FUNCTION = { appGroupIdentity: 'my-app', functionName: 'ctr' };

let server: FamilyServer;
beforeAll(async () => {
  server = await startFamilyServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  server.handlers = {};
  server.casing = 'camel';
});

function client(options: Partial<FunctionTasksClientOptions> = {}) {
  return createFunctionTasksClient({ endpoint: server.url, retry: false, ...options });
}

describe.each(['camel', 'pascal'] as const)('every operation, %s bodies', (casing) => {
  beforeEach(() => {
    server.casing = casing;
  });

  it('getFunctionTask reads result as one task', async () => {
    server.handlers.GetFunctionTask = ({ segments }) => ({
      body: envelope(wireTask(Number(segments.generation))),
    });
    const result = await client().getFunctionTask({ ...INSTANCE, generation: 3 });
    expect(result.task).toMatchObject({
      generation: '3',
      runId: 'trigger__run-3',
      status: 'success',
      warnings: [],
    });
    expect(result).toMatchObject({ requestId: 'req-1', latency: 7, casing, envelopeStatus: 'OK' });
    expect(server.requests[0]?.url).toBe(
      '/v4/openapi/app-groups/my-app/functions/ctr/instances/ctr_test/tasks/3',
    );
  });

  it('listFunctionInstances reads a page of instances, with belongs and parameters', async () => {
    server.handlers.ListFunctionInstances = () => ({
      body: envelope(
        [wireInstance('ctr_test'), wireInstance('ctr_prod', { status: 'unavailable', cron: '' })],
        {
          totalCount: 2,
        },
      ),
    });
    const page = await client().listFunctionInstances({
      ...FUNCTION,
      source: 'all',
      output: 'detail',
      pageSize: 20,
    });
    expect(page).toMatchObject({ totalCount: 2, pageNumber: 1, pageSize: 20, casing });
    expect(page.instances.map((i) => i.instanceName)).toEqual(['ctr_test', 'ctr_prod']);
    expect(page.instances[0]).toMatchObject({
      functionType: 'PAAS',
      modelType: 'tf_checkpoint',
      versionId: 100,
      status: 'available',
      source: 'user',
      createTime: 1_700_000_000_000,
      cron: '0 3 ? * 0,1,3,5',
      belongs: { domain: 'ecommerce', category: 'general', language: 'zh' },
      createParameters: [{ name: 'label', value: 'click' }],
      extendInfo: { dataReport: {}, errors: {} },
      task: null,
      warnings: [],
    });
    expect(server.requests[0]?.url).toBe(
      '/v4/openapi/app-groups/my-app/functions/ctr/instances?output=detail&source=all&pageSize=20',
    );
  });

  it('listAppGroups reads a page of application groups, quota and tags included', async () => {
    const group = (id: number, name: string) => ({
      id: String(id),
      name,
      type: 'standard',
      status: 'normal',
      instanceId: `ops-cn-${id}`,
      chargeType: 'POSTPAY',
      chargingWay: 1,
      created: 1582791873,
      lockMode: 'Unlock',
      quota: { computeResource: 20, docSize: 1, spec: 'opensearch.share.common' },
      tags: [{ key: 'team', value: 'search' }],
    });
    server.handlers.ListAppGroups = () => ({
      body: envelope([group(1, 'my-app'), group(2, 'shop-search')], { totalCount: 2 }),
    });
    const page = await client().listAppGroups({ type: 'standard', sortBy: 1, pageSize: 20 });
    expect(page).toMatchObject({ totalCount: 2, pageNumber: 1, pageSize: 20, casing });
    expect(page.appGroups.map((g) => g.name)).toEqual(['my-app', 'shop-search']);
    expect(page.appGroups[0]).toMatchObject({
      id: '1',
      type: 'standard',
      instanceId: 'ops-cn-1',
      chargingWay: 1,
      created: 1582791873,
      updated: null,
      quota: { computeResource: 20, docSize: 1, spec: 'opensearch.share.common' },
      tags: [{ key: 'team', value: 'search' }],
      warnings: [],
    });
    expect(server.requests[0]?.url).toBe('/v4/openapi/app-groups?type=standard&sortBy=1&pageSize=20');
  });

  it('iterateAppGroups walks every page once; bad filters are refused before anything is sent', async () => {
    const all = Array.from({ length: 13 }, (_, i) => ({ id: String(i), name: `app_${i}` }));
    server.handlers.ListAppGroups = ({ url }) => {
      const n = Number(new URL(url, 'http://x').searchParams.get('pageNumber'));
      return { body: envelope(all.slice((n - 1) * 10, n * 10), { totalCount: all.length }) };
    };
    const names: string[] = [];
    for await (const group of client().iterateAppGroups()) names.push(group.name);
    expect(names).toEqual(all.map((g) => g.name));
    server.requests.length = 0;
    await expect(client().listAppGroups({ type: 'premium' as never })).rejects.toThrow(/type/);
    await expect(client().listAppGroups({ sortBy: 2 as never })).rejects.toThrow(/sortBy/);
    await expect(client().listAppGroups({ name: '' })).rejects.toThrow(/name.*at least 1 characters/s);
    expect(server.requests).toHaveLength(0);
  });

  it('getFunctionInstance reads the instance and its training state', async () => {
    server.handlers.GetFunctionInstance = () => ({
      body: envelope(
        wireInstance('ctr_test', { task: { dagStatus: 'running', progress: 30, lastRunTime: 200020 } }),
      ),
    });
    const { instance } = await client().getFunctionInstance({ ...INSTANCE, output: 'normal' });
    expect(instance.task).toEqual({ dagStatus: 'running', progress: 30, lastRunTime: 200020 });
  });

  it('getFunctionDefaultInstance reads result.instanceName, not the stray top-level names', async () => {
    server.handlers.GetFunctionDefaultInstance = () => ({
      body: envelope(
        { instanceName: 'ctr_test' },
        { instanceName: 'sh-bp1oi31w1jn4ctdyv', functionName: 'cdn_waf' },
      ),
    });
    const result = await client().getFunctionDefaultInstance(FUNCTION);
    expect(result.instanceName).toBe('ctr_test');
    expect(server.requests[0]?.url).toBe('/v4/openapi/app-groups/my-app/functions/ctr/default-instance');
  });

  it('createFunctionTask posts no body and reads the envelope', async () => {
    server.handlers.CreateFunctionTask = () => ({ body: envelope({}) });
    const meta = await client().createFunctionTask(INSTANCE);
    expect(meta).toMatchObject({ requestId: 'req-1', casing });
    expect(server.requests[0]).toMatchObject({ method: 'POST', body: '' });
  });

  it('deleteFunctionTask sends DELETE for the generation', async () => {
    server.handlers.DeleteFunctionTask = () => ({ body: envelope() });
    await client().deleteFunctionTask({ ...INSTANCE, generation: '12' });
    expect(server.requests[0]).toMatchObject({
      method: 'DELETE',
      url: '/v4/openapi/app-groups/my-app/functions/ctr/instances/ctr_test/tasks/12',
    });
  });
});

describe('the success-or-error rule', () => {
  it.each([
    [404, 'Task.NotExist'],
    [400, 'Task.IsRunning'],
    [400, 'Task.UnableDelete'],
    [404, 'Instance.NotExist'],
    [404, 'DefaultInstance.NotExist'],
  ])('HTTP %i %s is a FunctionTasksApiError with that code', async (status, code) => {
    server.handlers.CreateFunctionTask = () => ({
      status,
      body: { requestId: 'e', httpCode: status, code, message: code },
    });
    const error = await client()
      .createFunctionTask(INSTANCE)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FunctionTasksApiError);
    expect(error).toMatchObject({ code, httpCode: status });
  });

  it('a 2xx whose code is an error is that error, even beside a result (the PascalCase sample)', async () => {
    server.casing = 'pascal';
    server.handlers.GetFunctionTask = () => ({ body: { ...envelope(wireTask(1)), code: 'Task.NotExist' } });
    await expect(client().getFunctionTask({ ...INSTANCE, generation: 1 })).rejects.toMatchObject({
      code: 'Task.NotExist',
    });
  });

  it.each(['', '200', 'OK'])('a 2xx with code %j is success', async (code) => {
    server.handlers.DeleteFunctionTask = () => ({ body: { ...envelope(), code } });
    await expect(client().deleteFunctionTask({ ...INSTANCE, generation: 1 })).resolves.toMatchObject({
      requestId: 'req-1',
    });
  });

  it('a success without the default instance name is malformed', async () => {
    server.handlers.GetFunctionDefaultInstance = () => ({ body: envelope({}, { instanceName: 'stray' }) });
    await expect(client().getFunctionDefaultInstance(FUNCTION)).rejects.toBeInstanceOf(
      MalformedResponseError,
    );
  });

  it('bad arguments are refused before anything is sent', async () => {
    for (const call of [
      () => client().getFunctionTask({ ...INSTANCE, generation: 'latest' }),
      () => client().deleteFunctionTask({ ...INSTANCE, generation: -1 }),
      () => client().listFunctionInstances({ ...FUNCTION, source: 'mine' as never }),
      () => client().listFunctionInstances({ ...FUNCTION, modelType: 'gpt' }),
      () => client().getFunctionInstance({ ...INSTANCE, instanceName: '..' }),
    ]) {
      await expect(call()).rejects.toBeInstanceOf(InvalidArgumentError);
    }
    expect(server.requests).toHaveLength(0);
  });
});

describe('signatures the official implementation computes, for GET, POST and DELETE', () => {
  beforeEach(() => {
    server.handlers.CreateFunctionTask = () => ({ body: envelope({}) });
    server.handlers.DeleteFunctionTask = () => ({ body: envelope() });
    server.handlers.GetFunctionDefaultInstance = () => ({ body: envelope({ instanceName: 'x' }) });
    server.handlers.ListFunctionInstances = () => ({ body: envelope([], { totalCount: 0 }) });
  });

  it.each(['ACS3-HMAC-SHA256', 'HMAC-SHA1'] as const)(
    '%s, with and without a token',
    async (signatureAlgorithm) => {
      for (const securityToken of [undefined, TOKEN]) {
        const signed = client({
          credentials: {
            accessKeyId: ID,
            accessKeySecret: SECRET,
            ...(securityToken ? { securityToken } : {}),
          },
          signatureAlgorithm,
        });
        await signed.createFunctionTask({ ...INSTANCE, instanceName: "it's (a) *test*" });
        await signed.deleteFunctionTask({ ...INSTANCE, generation: 7 });
        await signed.getFunctionDefaultInstance(FUNCTION);
        await signed.listFunctionInstances({ ...FUNCTION, modelType: 'text', pageNumber: 2 });
      }
      expect(server.requests).toHaveLength(8);
      for (const request of server.requests) {
        const official = receivedRequest(request.method, request.url, request.headers);
        expect(request.headers.authorization, `${request.method} ${request.url}`).toBe(
          officialAuthorizationFor(official, ID, SECRET),
        );
        expect(request.headers['x-acs-action']).toBe(request.operationId);
        expect(request.body).toBe('');
        if (signatureAlgorithm === 'ACS3-HMAC-SHA256')
          expect(request.headers['x-acs-content-sha256']).toBe(EMPTY_BODY_SHA256);
      }
    },
  );
});

describe('built on the operations', () => {
  it('iterateFunctionInstances walks every page once', async () => {
    const all = Array.from({ length: 23 }, (_, i) => wireInstance(`inst_${i}`));
    server.handlers.ListFunctionInstances = ({ url }) => {
      const query = new URL(url, 'http://x').searchParams;
      const n = Number(query.get('pageNumber'));
      return { body: envelope(all.slice((n - 1) * 10, n * 10), { totalCount: all.length }) };
    };
    const names: string[] = [];
    for await (const instance of client().iterateFunctionInstances(FUNCTION))
      names.push(instance.instanceName);
    expect(names).toEqual(all.map((i) => i.instanceName));
    expect(server.requests).toHaveLength(3);
  });

  it('iterateFunctionInstances shares the one paginator: its stall guard, limit and pageNumber refusal', async () => {
    // A server that ignores pageNumber and claims a huge total: the same page again and again.
    const page = Array.from({ length: 10 }, (_, i) => wireInstance(`inst_${i}`));
    server.handlers.ListFunctionInstances = () => ({ body: envelope(page, { totalCount: 1e12 }) });
    const names: string[] = [];
    const walk = async () => {
      for await (const instance of client().iterateFunctionInstances(FUNCTION, { concurrency: 1 }))
        names.push(instance.instanceName);
    };
    await expect(walk()).rejects.toThrow(/two pages in a row brought no new instance/);
    expect(names).toHaveLength(10);
    expect(server.requests.length).toBeLessThanOrEqual(4);
    const limited: string[] = [];
    for await (const instance of client().iterateFunctionInstances({ ...FUNCTION, limit: 3 }))
      limited.push(instance.instanceName);
    expect(limited).toEqual(['inst_0', 'inst_1', 'inst_2']);
    expect(() => client().iterateFunctionInstances({ ...FUNCTION, pageNumber: 2 } as never)).toThrow(
      /iterateFunctionInstances walks every page itself; use limit to stop early, or listFunctionInstances/,
    );
  });

  it('startFunctionTask returns the first run above the newest generation before the create (by generation, not time)', async () => {
    // The server's clock is frozen: the new runs start "before" the old one, which must not matter.
    const runs = [wireTask(5, { startTime: 2_000_000_000_000, status: 'success' })];
    let created = false;
    let polls = 0;
    server.handlers.ListFunctionTasks = () => {
      if (created && ++polls === 2)
        runs.unshift(wireTask(6, { status: 'running', endTime: 0, startTime: 1 }));
      return { body: envelope(runs, { totalCount: runs.length }) };
    };
    server.handlers.CreateFunctionTask = () => {
      created = true;
      return { body: envelope({}) };
    };
    const task = await client().startFunctionTask(INSTANCE, { pollIntervalMs: 10, timeoutMs: 5_000 });
    expect(task).toMatchObject({ generation: '6', status: 'running', endTime: null });
    expect(server.requests.map((r) => r.operationId)).toEqual([
      'ListFunctionTasks',
      'CreateFunctionTask',
      'ListFunctionTasks',
      'ListFunctionTasks',
    ]);
  });

  it('startFunctionTask gives up with WaitTimeoutError when no new run is listed', async () => {
    server.handlers.ListFunctionTasks = () => ({ body: envelope([wireTask(5)], { totalCount: 1 }) });
    server.handlers.CreateFunctionTask = () => ({ body: envelope({}) });
    await expect(
      client().startFunctionTask(INSTANCE, { pollIntervalMs: 10, timeoutMs: 60 }),
    ).rejects.toBeInstanceOf(WaitTimeoutError);
  });

  it('fetchRaw hands the answer over as it came, error statuses included, through the same signing', async () => {
    server.handlers.GetFunctionTask = () => ({ status: 404, raw: '{"code":"Task.NotExist","message":"no"}' });
    const raw = await fetchRaw(
      client({ credentials: { accessKeyId: ID, accessKeySecret: SECRET } }),
      'GetFunctionTask',
      {
        ...INSTANCE,
        generation: 9,
      },
    );
    expect(raw.status).toBe(404);
    expect(raw.body).toBe('{"code":"Task.NotExist","message":"no"}');
    expect(raw.headers['content-type']).toBe('application/json');
    expect(server.requests[0]?.headers.authorization).toMatch(/^ACS3-HMAC-SHA256 /);
    await expect(fetchRaw({} as never, 'GetFunctionTask', {} as never)).rejects.toThrow(
      /Invalid client: .*Expected a client made by createFunctionTasksClient/,
    );
    await expect(fetchRaw(client(), 'NoSuchOperation' as never, {} as never)).rejects.toBeInstanceOf(
      InvalidArgumentError,
    );
  });

  it('typed metrics: readMetric and metricNames', async () => {
    server.handlers.GetFunctionTask = () => ({
      body: envelope(
        wireTask(1, { extendInfo: '{"recall":91,"auc":"0.5","note":"x","errors":[{"code":1}]}' }),
      ),
    });
    const { task } = await client().getFunctionTask({ ...INSTANCE, generation: 1 });
    expect(readMetric(task, 'recall')).toBe(91);
    expect(readMetric(task, 'auc')).toBe(0.5);
    expect(readMetric(task, 'note')).toBeNull();
    expect(readMetric(task, 'absent')).toBeNull();
    expect(metricNames([task])).toEqual(['auc', 'recall']);
    // errors are strings, whatever the wire held
    expect(task.extendInfo?.errors).toEqual(['{"code":1}']);
    expect(task.warnings).toContainEqual(
      expect.objectContaining({ kind: 'coerced-field', field: 'extendInfo.errors' }),
    );
  });
});
