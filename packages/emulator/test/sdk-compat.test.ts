/**
 * The official Alibaba Cloud TypeScript SDK (@alicloud/opensearch20171225 on @alicloud/openapi-core) pointed at
 * the emulator with signature verification on: its requests are accepted, and it reads PascalCase bodies only.
 */
import { $OpenApiUtil } from '@alicloud/openapi-core';
import OpenSearchModule, {
  CreateFunctionInstanceRequest,
  CreateFunctionInstanceRequestCreateParameters,
  CreateFunctionInstanceRequestUsageParameters,
  CreateFunctionResourceRequest,
  CreateFunctionResourceRequestData,
  CreateFunctionResourceRequestDataGenerators,
  CreateFunctionResourceRequestDataGeneratorsInput,
  CreateFunctionResourceRequestDataGeneratorsInputFeatures,
  GetFunctionCurrentVersionRequest,
  GetFunctionInstanceRequest,
  GetFunctionResourceRequest,
  ListAppGroupsRequest,
  ListFunctionInstancesRequest,
  ListFunctionResourcesRequest,
  ListFunctionTasksRequest,
  UpdateFunctionDefaultInstanceRequest,
  UpdateFunctionInstanceRequest,
  UpdateFunctionInstanceRequestCreateParameters,
  UpdateFunctionResourceRequest,
  UpdateFunctionResourceRequestData,
} from '@alicloud/opensearch20171225';
import { describe, expect, it } from 'vitest';
import { startTestEmulator, T0, task } from './helpers.js';

// Node's ESM loader and vitest wrap this CommonJS module differently: find the class on either shape.
type ClientClass = typeof OpenSearchModule.default;
const wrapped = OpenSearchModule as unknown as { default?: ClientClass } & ClientClass;
const Client: ClientClass =
  typeof wrapped === 'function' && 'prototype' in wrapped && 'listFunctionTasks' in wrapped.prototype
    ? wrapped
    : (wrapped.default as ClientClass);
const KEY = { accessKeyId: 'LTAI-emulator-test', accessKeySecret: 'emulator-secret-1' };

async function start(casing: 'camel' | 'pascal') {
  // The SDK signs with the real time, so the emulator clock runs in real time here.
  const h = await startTestEmulator({ casing, auth: { mode: 'verify', keys: [KEY] }, clock: {} });
  h.loadTasks([
    task(1, {
      runId: 'trigger__2021-03-05T12:18:41',
      generation: '3',
      extendInfo: '{"recall":91,"errors":[]}',
    }),
    task(2, { runId: 'still-running', status: 'running', progress: 42, endTime: 0 }),
  ]);
  return h;
}

/** Ends the fixture's running task, so a new run may start (or the instance be deleted). */
const endFixtureRun = (h: Awaited<ReturnType<typeof start>>) =>
  h.finishTask({
    appGroupIdentity: 'app',
    functionName: 'ctr',
    instanceName: 'inst',
    runId: 'still-running',
    status: 'success',
  });

function sdk(port: number, overrides: Record<string, unknown> = {}) {
  return new Client(
    new $OpenApiUtil.Config({ ...KEY, endpoint: `127.0.0.1:${port}`, protocol: 'http', ...overrides }),
  );
}

/** The fixture's ended task as the SDK reads it (camelCase model fields), in ListFunctionTasks and GetFunctionTask. */
const FIXTURE_TASK = {
  functionName: 'ctr',
  runId: 'trigger__2021-03-05T12:18:41',
  generation: '3',
  status: 'success',
  progress: 100,
  extendInfo: '{"recall":91,"errors":[]}',
};

const list = (client: InstanceType<typeof Client>, request: Record<string, unknown> = {}) =>
  client.listFunctionTasks('app', 'ctr', 'inst', new ListFunctionTasksRequest({ pageSize: 10, ...request }));

describe('official SDK against the emulator (auth verify)', () => {
  it('pascal mode: an ACS3-HMAC-SHA256 signed request is accepted and the SDK reads every field', async () => {
    const h = await start('pascal');
    const response = await list(sdk(h.port), { status: 'success', startTime: 1 });
    expect(response.statusCode).toBe(200);
    const body = response.body;
    expect(body).toBeDefined();
    expect(body?.status).toBe('OK');
    expect(body?.httpCode).toBe(200);
    expect(body?.code).toBe('');
    expect(body?.message).toBe('');
    expect(body?.requestId).toMatch(/^[0-9A-F-]{36}$/);
    expect(typeof body?.latency).toBe('number');
    expect(body?.totalCount).toBe(1);
    expect(body?.result?.[0]).toMatchObject(FIXTURE_TASK);
    for (const field of ['endTime', 'startTime', 'progress'] as const)
      expect(typeof body?.result?.[0]?.[field]).toBe('number');
  });

  it("accepts the SDK's request for a name with a quote (it signs ' raw but sends %27)", async () => {
    const h = await start('pascal');
    h.loadTasks([task(3, { appGroupIdentity: "o'reilly (test)!", runId: 'quoted' })]);
    const client = sdk(h.port);
    const response = await client.listFunctionTasks(
      "o'reilly (test)!",
      'ctr',
      'inst',
      new ListFunctionTasksRequest({ pageSize: 10 }),
    );
    expect(response.statusCode).toBe(200);
    expect(response.body?.result?.map((t) => t.runId)).toEqual(['quoted']);
  });

  it('pascal mode: a legacy HMAC-SHA1 (signatureAlgorithm v2) request is accepted too', async () => {
    const h = await start('pascal');
    const response = await list(sdk(h.port, { signatureAlgorithm: 'v2' }));
    expect(response.body?.totalCount).toBe(2);
    expect(response.body?.result?.map((t) => t.runId)).toEqual([
      'still-running',
      'trigger__2021-03-05T12:18:41',
    ]);
    expect(response.body?.result?.[0]?.endTime).toBe(0);
  });

  it('camel mode (the documented sample): the SDK accepts the response but every field comes back undefined', async () => {
    const h = await start('camel');
    const response = await list(sdk(h.port));
    expect(response.statusCode).toBe(200);
    const body = response.body;
    for (const field of [
      'status',
      'requestId',
      'httpCode',
      'code',
      'message',
      'latency',
      'totalCount',
      'result',
    ] as const) {
      expect(body?.[field], field).toBeUndefined();
    }
  });

  it('a wrong secret is rejected: the SDK throws SignatureDoesNotMatch', async () => {
    const h = await start('pascal');
    const error = await list(sdk(h.port, { accessKeySecret: 'wrong' })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'SignatureDoesNotMatch', statusCode: 400 });
  });

  it('an unknown AccessKey id is rejected: InvalidAccessKeyId.NotFound (404)', async () => {
    const h = await start('pascal');
    const error = await list(sdk(h.port, { accessKeyId: 'LTAI-nobody' })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'InvalidAccessKeyId.NotFound', statusCode: 404 });
  });

  it('service errors reach the SDK with their code (App.NotFound)', async () => {
    const h = await start('pascal');
    const error = await sdk(h.port)
      .listFunctionTasks('nope', 'ctr', 'inst', new ListFunctionTasksRequest({}))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'App.NotFound', statusCode: 404 });
  });
});

describe('official SDK: every operation of the function family (auth verify, pascal)', () => {
  async function family() {
    const h = await start('pascal');
    h.loadInstances([
      {
        appGroupIdentity: 'app',
        functionName: 'ctr',
        instanceName: 'inst',
        modelType: 'tf_checkpoint',
        cron: '0 3 ? * 0,1,3,5',
        description: 'fixture',
        versionId: 101,
        createTime: T0,
        belongs: { category: 'general', domain: 'ecommerce', language: 'zh' },
        createParameters: [{ name: 'algorithm', value: 'deepfm' }],
        usageParameters: [{ name: 'scene', value: 'search' }],
        isDefault: true,
      },
    ]);
    return { h, client: sdk(h.port) };
  }

  /** The SDK's model of the fixture instance, every field filled from the PascalCase body. */
  function expectEveryInstanceField(instance: Record<string, unknown> | undefined) {
    expect(instance).toMatchObject({
      instanceName: 'inst',
      functionName: 'ctr',
      functionType: 'PAAS',
      modelType: 'tf_checkpoint',
      versionId: 101,
      description: 'fixture',
      status: 'available',
      source: 'user',
      createTime: T0,
      cron: '0 3 ? * 0,1,3,5',
      extendInfo: '{"dataReport":{},"errors":{}}',
      belongs: expect.objectContaining({ category: 'general', domain: 'ecommerce', language: 'zh' }),
      createParameters: [expect.objectContaining({ name: 'algorithm', value: 'deepfm' })],
      usageParameters: [expect.objectContaining({ name: 'scene', value: 'search' })],
    });
  }

  it('ListFunctionInstances: the SDK reads every instance field', async () => {
    const { client } = await family();
    const body = (
      await client.listFunctionInstances('app', 'ctr', new ListFunctionInstancesRequest({ output: 'detail' }))
    ).body;
    expect(body?.totalCount).toBe(1);
    expect(body?.requestId).toMatch(/^[0-9A-F-]{36}$/);
    const instance = body?.result?.[0];
    expectEveryInstanceField(instance);
  });

  it('GetFunctionInstance: the SDK reads every instance field and task.dagStatus / lastRunTime', async () => {
    const { client } = await family();
    const request = new GetFunctionInstanceRequest({ output: 'detail' });
    const body = (await client.getFunctionInstance('app', 'ctr', 'inst', request)).body;
    expectEveryInstanceField(body?.result);
    expect(body?.result?.task?.dagStatus).toBe('running');
    expect(typeof body?.result?.task?.lastRunTime).toBe('number');
  });

  it('GetFunctionDefaultInstance: Result.InstanceName and the stray top-level names', async () => {
    const { client } = await family();
    const body = (await client.getFunctionDefaultInstance('app', 'ctr')).body;
    expect(body?.result?.instanceName).toBe('inst');
    expect(body?.instanceName).toBe('inst');
    expect(body?.functionName).toBe('ctr');
    expect(body?.status).toBe('OK');
  });

  it('GetFunctionTask: the SDK reads the 8 task fields', async () => {
    const { client } = await family();
    const body = (await client.getFunctionTask('app', 'ctr', 'inst', '3')).body;
    expect(body?.result).toMatchObject(FIXTURE_TASK);
    expect(typeof body?.result?.startTime).toBe('number');
    expect(typeof body?.result?.endTime).toBe('number');
  });

  it('CreateFunctionTask (signed POST, no body): Task.IsRunning while a run is in progress, then a new generation', async () => {
    const { h, client } = await family();
    const busy = await client.createFunctionTask('app', 'ctr', 'inst').catch((e: unknown) => e);
    expect(busy).toMatchObject({ code: 'Task.IsRunning', statusCode: 400 });
    endFixtureRun(h);
    const created = await client.createFunctionTask('app', 'ctr', 'inst');
    expect(created.statusCode).toBe(200);
    expect(created.body?.status).toBe('OK');
    expect(created.body?.requestId).toMatch(/^[0-9A-F-]{36}$/);
    const newest = (await list(client, { pageSize: 1 })).body?.result?.[0];
    expect(newest?.status).toBe('running');
    expect(newest?.generation).toBe('4');
  });

  it('DeleteFunctionTask (signed DELETE): Task.NotExist, then an ended run deleted', async () => {
    const { client } = await family();
    const missing = await client.deleteFunctionTask('app', 'ctr', 'inst', '99').catch((e: unknown) => e);
    expect(missing).toMatchObject({ code: 'Task.NotExist', statusCode: 404 });
    const deleted = await client.deleteFunctionTask('app', 'ctr', 'inst', '3');
    expect(deleted.statusCode).toBe(200);
    expect(deleted.body?.status).toBe('OK');
    expect((await list(client)).body?.totalCount).toBe(1);
  });

  it('DeleteFunctionTask of a running run: Task.UnableDelete (400)', async () => {
    const { h, client } = await family();
    endFixtureRun(h);
    await client.createFunctionTask('app', 'ctr', 'inst');
    const refused = await client.deleteFunctionTask('app', 'ctr', 'inst', '4').catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'Task.UnableDelete', statusCode: 400 });
  });
});

describe('official SDK: ListAppGroups (auth verify; its model reads camelCase)', () => {
  it('reads every field it models of the groups of the loaded instances, and pages and filters them', async () => {
    const h = await start('camel');
    h.loadInstances([
      {
        appGroupIdentity: 'shop-search',
        functionName: 'pop',
        instanceName: 'p1',
        modelType: 'pop',
        createTime: T0,
      },
    ]);
    const client = sdk(h.port);
    const body = (await client.listAppGroups(new ListAppGroupsRequest({ pageSize: 10 }))).body;
    expect(body?.requestId).toMatch(/^[0-9A-F-]{36}$/);
    expect(body?.totalCount).toBe(2);
    // Newest created first (sortBy 0): app's instance came with its tasks (now, the real clock), shop-search's at T0.
    expect(body?.result?.map((group) => group.name)).toEqual(['app', 'shop-search']);
    const group = body?.result?.[1];
    expect(group).toMatchObject({
      name: 'shop-search',
      type: 'standard',
      status: 'normal',
      chargeType: 'POSTPAY',
      chargingWay: 1,
      commodityCode: 'opensearch',
      created: Math.floor(T0 / 1000),
      updated: Math.floor(T0 / 1000),
      currentVersion: 'shop-search_v1',
      description: '',
      domain: '',
      engineType: 'ha3',
      expireOn: '',
      hasPendingQuotaReviewTask: 0,
      lockMode: 'Unlock',
      lockedByExpiration: 0,
      produced: 1,
      switchedTime: Math.floor(T0 / 1000),
      tags: [],
    });
    expect(group?.id).toMatch(/^\d+$/);
    expect(group?.projectId).toBe(group?.id);
    expect(group?.instanceId).toBe(`ops-cn-emulator${group?.id}`);
    expect(group?.quota).toMatchObject({ computeResource: 20, docSize: 1, spec: 'opensearch.share.common' });

    const page2 = (await client.listAppGroups(new ListAppGroupsRequest({ pageSize: 1, pageNumber: 2 }))).body;
    expect(page2?.totalCount).toBe(2);
    expect(page2?.result?.map((g) => g.name)).toEqual(['shop-search']);
    const byName = (await client.listAppGroups(new ListAppGroupsRequest({ name: 'app' }))).body;
    expect(byName?.result?.map((g) => g.name)).toEqual(['app']);
    const enhanced = (await client.listAppGroups(new ListAppGroupsRequest({ type: 'enhanced' }))).body;
    expect(enhanced?.totalCount).toBe(0);
    const tagged = (
      await client.listAppGroups(new ListAppGroupsRequest({ tags: [{ key: 'team', value: 'search' }] }))
    ).body;
    expect(tagged?.totalCount).toBe(0);
  });

  it('bad filters are refused with InvalidParameter naming the parameter', async () => {
    const h = await start('camel');
    const client = sdk(h.port);
    await expect(client.listAppGroups(new ListAppGroupsRequest({ type: 'premium' }))).rejects.toMatchObject({
      code: 'InvalidParameter',
      message: expect.stringContaining('type'),
    });
    await expect(client.listAppGroups(new ListAppGroupsRequest({ sortBy: 2 }))).rejects.toMatchObject({
      code: 'InvalidParameter',
      message: expect.stringContaining('sortBy'),
    });
  });
});

/** Every envelope field as the SDK models it (Status, HttpCode, Code, Message, RequestId, Latency). */
function expectEnvelopeFields(body: Record<string, unknown> | undefined) {
  expect(body).toMatchObject({ status: 'OK', httpCode: 200, code: '', message: '' });
  expect(body?.requestId).toMatch(/^[0-9A-F-]{36}$/);
  expect(typeof body?.latency).toBe('number');
}

/** An envelope-only answer: 200 and every envelope field. */
function expectEnvelope(response: { statusCode?: number; body?: Record<string, unknown> }) {
  expect(response.statusCode).toBe(200);
  expectEnvelopeFields(response.body);
}

describe('official SDK: instances and the default (auth verify, pascal; camelCase request bodies)', () => {
  async function fixture() {
    const h = await start('pascal');
    return { h, client: sdk(h.port) };
  }
  const getInstance = async (client: ReturnType<typeof sdk>, name: string) =>
    (await client.getFunctionInstance('app', 'ctr', name, new GetFunctionInstanceRequest({}))).body?.result;

  it('CreateFunctionInstance: the signed camelCase body creates the instance; a taken name is Instance.Duplicated', async () => {
    const { client } = await fixture();
    const request = new CreateFunctionInstanceRequest({
      instanceName: 'sdk_made',
      modelType: 'tf_checkpoint',
      functionType: 'PAAS',
      description: 'made by the SDK',
      cron: '0 3 ? * 0,1,3,5',
      createParameters: [
        new CreateFunctionInstanceRequestCreateParameters({ name: 'algorithm', value: 'deepfm' }),
      ],
      usageParameters: [new CreateFunctionInstanceRequestUsageParameters({ name: 'scene', value: 'search' })],
    });
    expectEnvelope(await client.createFunctionInstance('app', 'ctr', request));
    expect(await getInstance(client, 'sdk_made')).toMatchObject({
      instanceName: 'sdk_made',
      modelType: 'tf_checkpoint',
      versionId: 101,
      description: 'made by the SDK',
      cron: '0 3 ? * 0,1,3,5',
      createParameters: [expect.objectContaining({ name: 'algorithm', value: 'deepfm' })],
      usageParameters: [expect.objectContaining({ name: 'scene', value: 'search' })],
    });
    await expect(client.createFunctionInstance('app', 'ctr', request)).rejects.toMatchObject({
      code: 'Instance.Duplicated',
      statusCode: 400,
    });
  });

  it('UpdateFunctionInstance (signed PUT): only the given fields change; a bad cron is InvalidParameter', async () => {
    const { client } = await fixture();
    const update = new UpdateFunctionInstanceRequest({
      cron: '0 4 ? * 1',
      createParameters: [new UpdateFunctionInstanceRequestCreateParameters({ name: 'label', value: 'buy' })],
    });
    expectEnvelope(await client.updateFunctionInstance('app', 'ctr', 'inst', update));
    expect(await getInstance(client, 'inst')).toMatchObject({
      cron: '0 4 ? * 1',
      createParameters: [expect.objectContaining({ name: 'label', value: 'buy' })],
    });
    await expect(
      client.updateFunctionInstance(
        'app',
        'ctr',
        'inst',
        new UpdateFunctionInstanceRequest({ cron: 'daily' }),
      ),
    ).rejects.toMatchObject({
      code: 'InvalidParameter',
      statusCode: 400,
      message: expect.stringContaining('cron'),
    });
  });

  it('DeleteFunctionInstance (signed DELETE): Instance.IsRunning while a run runs, then deleted, then Instance.NotExist', async () => {
    const { h, client } = await fixture();
    await expect(client.deleteFunctionInstance('app', 'ctr', 'inst')).rejects.toMatchObject({
      code: 'Instance.IsRunning',
      statusCode: 400,
    });
    endFixtureRun(h);
    expectEnvelope(await client.deleteFunctionInstance('app', 'ctr', 'inst'));
    await expect(client.deleteFunctionInstance('app', 'ctr', 'inst')).rejects.toMatchObject({
      code: 'Instance.NotExist',
      statusCode: 404,
    });
  });

  it('UpdateFunctionDefaultInstance (signed PUT): sets, an unknown name is DefaultInstance.SetFail, "" cancels', async () => {
    const { client } = await fixture();
    const setTo = (instanceName: string) =>
      client.updateFunctionDefaultInstance(
        'app',
        'ctr',
        new UpdateFunctionDefaultInstanceRequest({ instanceName }),
      );
    expectEnvelope(await setTo('inst'));
    expect((await client.getFunctionDefaultInstance('app', 'ctr')).body?.result?.instanceName).toBe('inst');
    await expect(setTo('ghost')).rejects.toMatchObject({ code: 'DefaultInstance.SetFail', statusCode: 400 });
    expectEnvelope(await setTo(''));
    await expect(client.getFunctionDefaultInstance('app', 'ctr')).rejects.toMatchObject({
      code: 'DefaultInstance.NotExist',
    });
  });
});

describe('official SDK: versions (auth verify, pascal)', () => {
  /** The SDK's model of ctr's version 101, every field it has. */
  const CTR_101 = {
    functionName: 'ctr',
    functionType: 'PAAS',
    modelType: 'tf_checkpoint',
    versionId: 101,
    versionName: 'ctr-tf-1.1',
    versionConfig: expect.objectContaining({
      createParameters: [
        expect.objectContaining({ name: 'algorithm', required: 'true' }),
        expect.objectContaining({ name: 'label', required: 'true' }),
        expect.objectContaining({ name: 'sampleDays', required: 'false' }),
      ],
      depends: [
        expect.objectContaining({
          dependency: 'behavior',
          condition: expect.any(String),
          description: expect.any(String),
        }),
      ],
      usageParameters: [expect.objectContaining({ name: 'scene', required: 'false' })],
    }),
  };

  it('GetFunctionCurrentVersion: the SDK reads every version field; no line is Version.NotExist', async () => {
    const client = sdk((await start('pascal')).port);
    const request = new GetFunctionCurrentVersionRequest({
      modelType: 'tf_checkpoint',
      functionType: 'PAAS',
      domain: 'ecommerce',
      category: 'general',
    });
    const response = await client.getFunctionCurrentVersion('ctr', request);
    expectEnvelopeFields(response.body);
    expect(response.body?.result).toMatchObject(CTR_101);
    await expect(
      client.getFunctionCurrentVersion('ctr', new GetFunctionCurrentVersionRequest({ modelType: 'text' })),
    ).rejects.toMatchObject({ code: 'Version.NotExist', statusCode: 404 });
  });

  it('GetFunctionVersion: the SDK reads every version field; an unknown id is Version.NotExist', async () => {
    const client = sdk((await start('pascal')).port);
    const response = await client.getFunctionVersion('ctr', '101');
    expectEnvelopeFields(response.body);
    expect(response.body?.result).toMatchObject(CTR_101);
    await expect(client.getFunctionVersion('ctr', '7')).rejects.toMatchObject({
      code: 'Version.NotExist',
      statusCode: 404,
    });
  });
});

describe('official SDK: resources (auth verify, pascal; PascalCase request bodies)', () => {
  /** The fixture's app group with a feature_generator resource `fg` (created by the SDK) used by instance `user`. */
  async function fixture() {
    const h = await start('pascal');
    const client = sdk(h.port);
    const generator = new CreateFunctionResourceRequestDataGenerators({
      generator: 'id_feature',
      input: new CreateFunctionResourceRequestDataGeneratorsInput({
        features: [
          new CreateFunctionResourceRequestDataGeneratorsInputFeatures({ name: 'user_id', type: 'user' }),
        ],
      }),
      output: 'user_id_feature',
    });
    const request = new CreateFunctionResourceRequest({
      resourceName: 'fg',
      resourceType: 'feature_generator',
      description: 'features',
      data: new CreateFunctionResourceRequestData({ generators: [generator] }),
    });
    return { h, client, request };
  }

  /** The SDK's model of resource `fg`, every field it has. */
  const FG = {
    resourceName: 'fg',
    resourceType: 'feature_generator',
    description: 'features',
    functionName: 'ctr',
    createTime: expect.any(Number),
    modifyTime: expect.any(Number),
    referencedInstances: ['user'],
    data: expect.objectContaining({
      generators: [
        expect.objectContaining({
          generator: 'id_feature',
          input: expect.objectContaining({
            features: [expect.objectContaining({ name: 'user_id', type: 'user' })],
          }),
          output: 'user_id_feature',
        }),
      ],
    }),
  };
  const useFg = (h: Awaited<ReturnType<typeof start>>) =>
    h.loadInstances([
      {
        appGroupIdentity: 'app',
        functionName: 'ctr',
        instanceName: 'user',
        modelType: 'tf_checkpoint',
        createParameters: [{ name: 'fg_json', value: 'fg' }],
      },
    ]);

  it('CreateFunctionResource: the signed PascalCase body creates it; a taken name is Resource.Duplicated', async () => {
    const { client, request } = await fixture();
    expectEnvelope(await client.createFunctionResource('app', 'ctr', request));
    await expect(client.createFunctionResource('app', 'ctr', request)).rejects.toMatchObject({
      code: 'Resource.Duplicated',
      statusCode: 400,
    });
  });

  it('GetFunctionResource: the SDK reads every resource field; an unknown one is Resource.NotExist', async () => {
    const { h, client, request } = await fixture();
    await client.createFunctionResource('app', 'ctr', request);
    useFg(h);
    const response = await client.getFunctionResource(
      'app',
      'ctr',
      'fg',
      new GetFunctionResourceRequest({ output: 'detail' }),
    );
    expectEnvelopeFields(response.body);
    expect(response.body?.result).toMatchObject(FG);
    await expect(
      client.getFunctionResource('app', 'ctr', 'nope', new GetFunctionResourceRequest({})),
    ).rejects.toMatchObject({ code: 'Resource.NotExist', statusCode: 404 });
  });

  it('ListFunctionResources: the SDK reads TotalCount and every field of each resource, filtered and paged', async () => {
    const { h, client, request } = await fixture();
    await client.createFunctionResource('app', 'ctr', request);
    const raw = new CreateFunctionResourceRequest({
      resourceName: 'words',
      resourceType: 'raw_file',
      data: new CreateFunctionResourceRequestData({ content: 'a,b' }),
    });
    await client.createFunctionResource('app', 'ctr', raw);
    useFg(h);
    const all = (
      await client.listFunctionResources(
        'app',
        'ctr',
        new ListFunctionResourcesRequest({ pageSize: 10, pageNumber: 1, output: 'normal' }),
      )
    ).body;
    expectEnvelopeFields(all);
    expect(all?.totalCount).toBe(2);
    const fg = all?.result?.find((r) => r.resourceName === 'fg');
    expect(fg).toMatchObject(FG);
    const files = (
      await client.listFunctionResources(
        'app',
        'ctr',
        new ListFunctionResourcesRequest({ resourceType: 'raw_file' }),
      )
    ).body;
    expect(files?.totalCount).toBe(1);
    expect(files?.result?.[0]).toMatchObject({
      resourceName: 'words',
      data: expect.objectContaining({ content: 'a,b' }),
      referencedInstances: [],
    });
  });

  it('UpdateFunctionResource (signed PUT, PascalCase body): description and data change', async () => {
    const { client, request } = await fixture();
    await client.createFunctionResource('app', 'ctr', request);
    const raw = new CreateFunctionResourceRequest({
      resourceName: 'words',
      resourceType: 'raw_file',
      data: new CreateFunctionResourceRequestData({ content: 'a' }),
    });
    await client.createFunctionResource('app', 'ctr', raw);
    const update = new UpdateFunctionResourceRequest({
      description: 'changed',
      data: new UpdateFunctionResourceRequestData({ content: 'b' }),
    });
    expectEnvelope(await client.updateFunctionResource('app', 'ctr', 'words', update));
    const shown = (
      await client.getFunctionResource('app', 'ctr', 'words', new GetFunctionResourceRequest({}))
    ).body?.result;
    expect(shown).toMatchObject({ description: 'changed', data: expect.objectContaining({ content: 'b' }) });
  });

  it('DeleteFunctionResource (signed DELETE): Resource.InUse while referenced, then deleted, then Resource.NotExist', async () => {
    const { h, client, request } = await fixture();
    await client.createFunctionResource('app', 'ctr', request);
    useFg(h);
    await expect(client.deleteFunctionResource('app', 'ctr', 'fg')).rejects.toMatchObject({
      code: 'Resource.InUse',
      statusCode: 400,
    });
    h.loadInstances([
      { appGroupIdentity: 'app', functionName: 'ctr', instanceName: 'user', modelType: 'tf_checkpoint' },
    ]);
    expectEnvelope(await client.deleteFunctionResource('app', 'ctr', 'fg'));
    await expect(client.deleteFunctionResource('app', 'ctr', 'fg')).rejects.toMatchObject({
      code: 'Resource.NotExist',
      statusCode: 404,
    });
  });
});
