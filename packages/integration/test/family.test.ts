/**
 * The function family end to end: the real core client, signing with ACS3, against the real emulator with
 * signature verification on, in both casings. Every operation (the writes with their JSON bodies, camelCase for
 * instances and PascalCase for resources), the error codes the service documents, and startFunctionTask finding
 * the run it started by generation while the emulator's clock runs.
 */
import { createFunctionTasksClient, FunctionTasksApiError } from '@fntasks/core';
import { fetchRaw } from '@fntasks/core/raw';
import { type EmulatorHandle, startEmulator } from '@fntasks/emulator';
import { afterEach, describe, expect, it } from 'vitest';
import { seedTasks } from './helpers.js';

const KEY = { accessKeyId: 'LTAI5tIntegrationKey', accessKeySecret: 'integration-secret-1' };
const APP = { appGroupIdentity: 'it-app', functionName: 'ctr' } as const;
const INSTANCE = { ...APP, instanceName: 'ctr_it' } as const;

const open: EmulatorHandle[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((h) => h.close()));
});

async function start(casing: 'camel' | 'pascal') {
  // The client signs with the real time, so the emulator's clock runs in real time too.
  const emulator = await startEmulator({ casing, auth: { mode: 'verify', keys: [KEY] }, clock: {} });
  open.push(emulator);
  emulator.loadInstances([
    { ...INSTANCE, modelType: 'tf_checkpoint', cron: '0 3 ? * 0,1,3,5', description: 'integration' },
    { ...APP, instanceName: 'ctr_other', modelType: 'pop', status: 'unavailable' },
  ]);
  emulator.setDefaultInstance({ ...APP, instanceName: INSTANCE.instanceName });
  emulator.loadTasks(seedTasks(3, Date.now() - 600_000));
  const client = createFunctionTasksClient({ endpoint: emulator.url, credentials: KEY, retry: false });
  return { emulator, client };
}

async function apiError(promise: Promise<unknown>): Promise<FunctionTasksApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FunctionTasksApiError);
  return error as FunctionTasksApiError;
}

describe.each(['camel', 'pascal'] as const)('the family against the emulator, %s', (casing) => {
  it('finds instances, the default and one run', async () => {
    const { client } = await start(casing);
    const page = await client.listFunctionInstances({ ...APP, source: 'all' });
    expect(page.casing).toBe(casing);
    expect(page.instances.map((i) => i.instanceName).sort()).toEqual(['ctr_it', 'ctr_other']);
    const names: string[] = [];
    for await (const instance of client.iterateFunctionInstances({ ...APP, source: 'all', pageSize: 1 })) {
      names.push(instance.instanceName);
    }
    expect(names.sort()).toEqual(['ctr_it', 'ctr_other']);

    const { instance } = await client.getFunctionInstance(INSTANCE);
    expect(instance).toMatchObject({
      instanceName: 'ctr_it',
      modelType: 'tf_checkpoint',
      cron: '0 3 ? * 0,1,3,5',
    });
    expect((await client.getFunctionDefaultInstance(APP)).instanceName).toBe('ctr_it');

    const { task } = await client.getFunctionTask({ ...INSTANCE, generation: 2 });
    expect(task).toMatchObject({ generation: '2', status: 'success' });
    expect((await apiError(client.getFunctionTask({ ...INSTANCE, generation: 999 }))).code).toBe(
      'Task.NotExist',
    );
    expect((await apiError(client.getFunctionInstance({ ...INSTANCE, instanceName: 'nope' }))).code).toBe(
      'Instance.NotExist',
    );
  });

  it('starts a run, refuses a second and its deletion while it runs, deletes it once ended', async () => {
    const { client, emulator } = await start(casing);
    const run = await client.startFunctionTask(INSTANCE, { pollIntervalMs: 20, timeoutMs: 10_000 });
    expect(run.status).toBe('running');
    expect(Number(run.generation)).toBeGreaterThan(3);
    expect((await apiError(client.createFunctionTask(INSTANCE))).code).toBe('Task.IsRunning');
    const generation = run.generation as string;
    const refused = await apiError(client.deleteFunctionTask({ ...INSTANCE, generation }));
    expect(refused).toMatchObject({ code: 'Task.UnableDelete', httpCode: 400 });

    emulator.finishTask({ ...INSTANCE, runId: run.runId, status: 'success' });
    await client.deleteFunctionTask({ ...INSTANCE, generation });
    expect((await apiError(client.getFunctionTask({ ...INSTANCE, generation }))).code).toBe('Task.NotExist');
  });

  it('fetchRaw forwards the answer as it came, signed like every call', async () => {
    const { client } = await start(casing);
    const raw = await fetchRaw(client, 'GetFunctionTask', { ...INSTANCE, generation: 999 });
    expect(raw.status).toBe(404);
    expect(JSON.parse(raw.body)).toMatchObject(
      casing === 'camel' ? { code: 'Task.NotExist' } : { Code: 'Task.NotExist' },
    );
  });

  it('creates an instance with a cron, changes it, makes it the default, and deletes it', async () => {
    const { client } = await start(casing);
    const exp = { ...APP, instanceName: 'ctr_exp' };
    await client.createFunctionInstance({
      ...exp,
      modelType: 'tf_checkpoint',
      description: 'experiment',
      cron: '0 3 ? * 0,1,3,5',
      createParameters: [{ name: 'fg_json', value: '{}' }],
    });
    expect((await client.getFunctionInstance(exp)).instance).toMatchObject({
      instanceName: 'ctr_exp',
      modelType: 'tf_checkpoint',
      description: 'experiment',
      cron: '0 3 ? * 0,1,3,5',
      createParameters: [{ name: 'fg_json', value: '{}' }],
    });
    const taken = await apiError(client.createFunctionInstance({ ...exp, modelType: 'pop' }));
    expect(taken).toMatchObject({ code: 'Instance.Duplicated', httpCode: 400 });

    await client.updateFunctionInstance({ ...exp, cron: '' });
    expect((await client.getFunctionInstance(exp)).instance).toMatchObject({
      cron: '',
      description: 'experiment',
    });

    await client.updateFunctionDefaultInstance({ ...exp });
    expect((await client.getFunctionDefaultInstance(APP)).instanceName).toBe('ctr_exp');
    const unknown = await apiError(client.updateFunctionDefaultInstance({ ...APP, instanceName: 'ghost' }));
    expect(unknown.code).toBe('DefaultInstance.SetFail');
    await client.updateFunctionDefaultInstance({ ...APP, instanceName: '' });
    expect((await apiError(client.getFunctionDefaultInstance(APP))).code).toBe('DefaultInstance.NotExist');

    await expect(client.deleteFunctionInstance(exp)).resolves.toMatchObject({
      alreadyDeleted: false,
      casing,
    });
    expect((await apiError(client.deleteFunctionInstance(exp))).code).toBe('Instance.NotExist');
  });

  it('reads the current version of a model type and a version by id', async () => {
    const { client } = await start(casing);
    const current = await client.getFunctionCurrentVersion({
      functionName: 'ctr',
      modelType: 'tf_checkpoint',
    });
    expect(current.casing).toBe(casing);
    expect(current.version).toMatchObject({ functionName: 'ctr', modelType: 'tf_checkpoint', warnings: [] });
    const id = current.version.versionId as number;
    const { version } = await client.getFunctionVersion({ functionName: 'ctr', versionId: id });
    expect(version).toEqual(current.version);
    expect(version.versionConfig.createParameters.every((p) => typeof p.required === 'boolean')).toBe(true);
    expect((await apiError(client.getFunctionVersion({ functionName: 'ctr', versionId: 99_999 }))).code).toBe(
      'Version.NotExist',
    );
  });

  it('creates, lists, reads and changes resources; one an instance uses is not deleted until it is free', async () => {
    const { client } = await start(casing);
    await client.createFunctionResource({
      ...APP,
      resourceName: 'it_labels',
      resourceType: 'raw_file',
      description: 'labels',
      data: { content: 'a,b,c' },
    });
    const generators = [
      { generator: 'id_feature', input: { features: [{ name: 'user_id', type: 'user' }] }, output: 'uid' },
    ];
    await client.createFunctionResource({
      ...APP,
      resourceName: 'it_features',
      resourceType: 'feature_generator',
      data: { generators },
    });
    const { resource } = await client.getFunctionResource({ ...APP, resourceName: 'it_features' });
    expect(resource).toMatchObject({
      resourceName: 'it_features',
      resourceType: 'feature_generator',
      data: { generators },
      referencedInstances: [],
      warnings: [],
    });
    const raw: string[] = [];
    for await (const found of client.iterateFunctionResources({
      ...APP,
      resourceType: 'raw_file',
      pageSize: 1,
    })) {
      raw.push(found.resourceName);
    }
    expect(raw).toContain('it_labels');
    expect(raw).not.toContain('it_features');

    await client.updateFunctionResource({ ...APP, resourceName: 'it_labels', data: { content: 'x,y' } });
    expect((await client.getFunctionResource({ ...APP, resourceName: 'it_labels' })).resource).toMatchObject({
      description: 'labels',
      data: { content: 'x,y' },
    });

    const user = { ...APP, instanceName: 'ctr_user' };
    await client.createFunctionInstance({
      ...user,
      modelType: 'tf_checkpoint',
      createParameters: [{ name: 'labels', value: 'it_labels' }],
    });
    expect(
      (await client.getFunctionResource({ ...APP, resourceName: 'it_labels' })).resource.referencedInstances,
    ).toEqual(['ctr_user']);
    const inUse = await apiError(client.deleteFunctionResource({ ...APP, resourceName: 'it_labels' }));
    expect(inUse.code).toBe('Resource.InUse');
    await client.deleteFunctionInstance(user);
    await expect(client.deleteFunctionResource({ ...APP, resourceName: 'it_labels' })).resolves.toMatchObject(
      {
        alreadyDeleted: false,
      },
    );
    expect((await apiError(client.getFunctionResource({ ...APP, resourceName: 'it_labels' }))).code).toBe(
      'Resource.NotExist',
    );
  });
});
