/**
 * The instance lifecycle over real HTTP (issue 27): CreateFunctionInstance, UpdateFunctionInstance,
 * DeleteFunctionInstance and UpdateFunctionDefaultInstance — their bodies checked against the operation table,
 * their error codes, both casings, and the scheduler running what they create and change.
 */
import { describe, expect, it } from 'vitest';
import type { EmulatorHandle } from '../src/index.js';
import { callApi, listRaw, startTestEmulator, T0, task } from './helpers.js';

const FN = { appGroupIdentity: 'app', functionName: 'ctr' };
const INST = { ...FN, instanceName: 'inst' };
const MIN = 60_000;

/** An emulator whose app group `app` exists (instance `inst` with one finished run). */
async function fixture(): Promise<EmulatorHandle> {
  const h = await startTestEmulator();
  h.loadTasks([task(-60, { generation: '1' })]);
  return h;
}

const create = (h: EmulatorHandle, body: unknown, casing?: 'camel' | 'pascal') =>
  callApi(h, 'CreateFunctionInstance', FN, { body, casing });
const get = (h: EmulatorHandle, instanceName: string) =>
  callApi(h, 'GetFunctionInstance', { ...FN, instanceName });
const runsOf = async (h: EmulatorHandle, instanceName: string) =>
  (await listRaw(h, { pageSize: 100 }, {}, ['app', 'ctr', instanceName])).json;

describe('CreateFunctionInstance', () => {
  it('creates the instance with the current version of its line, now, and both casings answer envelope only', async () => {
    const h = await fixture();
    const camel = await create(h, {
      instanceName: 'new_one',
      modelType: 'tf_checkpoint',
      description: 'made by the test',
      cron: '0 3 ? * 0,1,3,5',
      createParameters: [{ name: 'algorithm', value: 'deepfm' }],
      usageParameters: [{ name: 'scene', value: 'search' }],
    });
    expect(camel.status).toBe(200);
    expect(camel.json).toMatchObject({ status: 'OK', httpCode: 200, code: '', message: '', result: {} });
    const pascal = await create(h, { instanceName: 'other_one', modelType: 'pop' }, 'pascal');
    expect(pascal.status).toBe(200);
    expect(pascal.json).toMatchObject({ Status: 'OK', HttpCode: 200, Code: '' });
    expect(pascal.json.Result).toBeUndefined();

    const shown = (await get(h, 'new_one')).json.result;
    expect(shown).toMatchObject({
      instanceName: 'new_one',
      functionName: 'ctr',
      functionType: 'PAAS',
      modelType: 'tf_checkpoint',
      versionId: 101,
      status: 'available',
      source: 'user',
      createTime: T0,
      description: 'made by the test',
      cron: '0 3 ? * 0,1,3,5',
      createParameters: [{ name: 'algorithm', value: 'deepfm' }],
      usageParameters: [{ name: 'scene', value: 'search' }],
      task: { dagStatus: 'untrained' },
    });
    // ctr has no pop line in the catalogue: no version.
    expect((await get(h, 'other_one')).json.result.versionId).toBeUndefined();
  });

  it('the scheduler runs a created instance at its next fire time', async () => {
    const h = await fixture();
    expect(
      (await create(h, { instanceName: 'every5', modelType: 'tf_checkpoint', cron: '*/5 * * * ?' })).status,
    ).toBe(200);
    expect((await runsOf(h, 'every5')).totalCount).toBe(0);
    h.setClock({ advanceMs: 6 * MIN });
    const runs = await runsOf(h, 'every5');
    expect(runs.totalCount).toBe(1);
    expect(runs.result[0]).toMatchObject({ startTime: T0 + 5 * MIN, generation: '1' });
  });

  it('a taken name is 400 Instance.Duplicated, and the instance is unchanged', async () => {
    const h = await fixture();
    const answer = await create(h, { instanceName: 'inst', modelType: 'pop', description: 'replaced?' });
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ code: 'Instance.Duplicated', httpCode: 400 });
    expect(answer.json.message).toContain('inst');
    expect((await get(h, 'inst')).json.result.modelType).toBe('tf_checkpoint');
  });

  it.each([
    [{ modelType: 'pop' }, 'instanceName', 'Parameter instanceName is required.'],
    [
      { InstanceName: 'x', ModelType: 'pop' },
      'instanceName',
      'the body has InstanceName: CreateFunctionInstance reads camelCase names',
    ],
    [
      { instanceName: '1abc', modelType: 'pop' },
      'instanceName',
      'must be a string matching ^[A-Za-z][A-Za-z0-9_]{0,29}$',
    ],
    [{ instanceName: 'a'.repeat(31), modelType: 'pop' }, 'instanceName', 'matching'],
    [{ instanceName: 'ok', modelType: 'tensorflow' }, 'modelType', 'must be one of tf_checkpoint, pop'],
    [
      { instanceName: 'ok', modelType: 'pop', functionType: 'IAAS' },
      'functionType',
      'must be one of PAAS, SAAS',
    ],
    [{ instanceName: 'ok', modelType: 'pop', cron: '0 3 * *' }, 'cron', 'cron must be five fields'],
    [{ instanceName: 'ok', modelType: 'pop', cron: '61 3 * * ?' }, 'cron', 'is not valid'],
    [{ instanceName: 'ok', modelType: 'pop', description: 5 }, 'description', 'must be a string, got 5'],
    [{ instanceName: 'ok', modelType: 'pop', createParameters: {} }, 'createParameters', 'must be an array'],
    [
      { instanceName: 'ok', modelType: 'pop', createParameters: [{ name: 'a' }] },
      'createParameters',
      '{name, value}',
    ],
  ])('refuses %j: 400 InvalidParameter naming %s', async (body, field, words) => {
    const h = await fixture();
    const answer = await create(h, body);
    expect(answer.status).toBe(400);
    expect(answer.json.code).toBe('InvalidParameter');
    expect(answer.json.message).toContain(field);
    expect(answer.json.message).toContain(words);
    expect(h.listInstances().instances.map((i) => i.instanceName)).toEqual(['inst']);
  });

  it('a body that is not JSON, or not an object, is 400 InvalidParameter', async () => {
    const h = await fixture();
    for (const body of ['{"instanceName": "x",', '[1]', '"text"']) {
      const answer = await create(h, body);
      expect(answer.status, body).toBe(400);
      expect(answer.json.code).toBe('InvalidParameter');
      expect(answer.json.message).toMatch(/request body/);
    }
  });

  it('a body over 1 MB is refused before it is read (413), as every API body', async () => {
    const h = await fixture();
    const answer = await create(h, {
      instanceName: 'big',
      modelType: 'pop',
      description: 'x'.repeat(1024 * 1024),
    });
    expect(answer.status).toBe(413);
    expect(answer.json.code).toBe('Emulator.BodyTooLarge');
  });
});

describe('UpdateFunctionInstance', () => {
  it('changes only what the body gives', async () => {
    const h = await fixture();
    await create(h, {
      instanceName: 'upd',
      modelType: 'tf_checkpoint',
      description: 'before',
      cron: '0 3 * * ?',
      createParameters: [{ name: 'a', value: '1' }],
      usageParameters: [{ name: 'u', value: '1' }],
    });
    const answer = await callApi(
      h,
      'UpdateFunctionInstance',
      { ...FN, instanceName: 'upd' },
      {
        body: { createParameters: [{ name: 'a', value: '2' }], description: 'after' },
      },
    );
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ status: 'OK', result: {} });
    expect((await get(h, 'upd')).json.result).toMatchObject({
      description: 'after',
      cron: '0 3 * * ?',
      createParameters: [{ name: 'a', value: '2' }],
      usageParameters: [{ name: 'u', value: '1' }],
      createTime: T0,
    });
  });

  it('a new cron restarts the schedule from its next fire time; "" stops it', async () => {
    const h = await fixture();
    await create(h, { instanceName: 'sched', modelType: 'tf_checkpoint', cron: '0 3 * * ?' });
    const update = (cron: string) =>
      callApi(h, 'UpdateFunctionInstance', { ...FN, instanceName: 'sched' }, { body: { cron } });
    expect((await update('*/10 * * * ?')).status).toBe(200);
    h.setClock({ advanceMs: 11 * MIN });
    expect((await runsOf(h, 'sched')).result.map((r: { startTime: number }) => r.startTime)).toEqual([
      T0 + 10 * MIN,
    ]);
    expect((await update('')).status).toBe(200);
    h.setClock({ advanceMs: 24 * 60 * MIN });
    expect((await runsOf(h, 'sched')).totalCount).toBe(1);
  });

  it('a bad cron or PascalCase fields are 400 InvalidParameter and change nothing', async () => {
    const h = await fixture();
    await create(h, {
      instanceName: 'upd',
      modelType: 'tf_checkpoint',
      cron: '0 3 * * ?',
      description: 'kept',
    });
    for (const [body, words] of [
      [{ cron: 'every day' }, 'cron'],
      [{ Description: 'lost?' }, 'Parameter description is missing; the body has Description'],
      [{ usageParameters: [{ name: 'u', value: 1 }] }, 'usageParameters'],
    ] as const) {
      const answer = await callApi(h, 'UpdateFunctionInstance', { ...FN, instanceName: 'upd' }, { body });
      expect(answer.status).toBe(400);
      expect(answer.json.code).toBe('InvalidParameter');
      expect(answer.json.message).toContain(words);
    }
    expect((await get(h, 'upd')).json.result).toMatchObject({ cron: '0 3 * * ?', description: 'kept' });
  });

  it('an unknown instance is 404 Instance.NotExist; an unknown app group 404 App.NotFound', async () => {
    const h = await fixture();
    const missing = await callApi(h, 'UpdateFunctionInstance', { ...FN, instanceName: 'nope' }, { body: {} });
    expect(missing.status).toBe(404);
    expect(missing.json.code).toBe('Instance.NotExist');
    const app = await callApi(
      h,
      'UpdateFunctionInstance',
      { ...INST, appGroupIdentity: 'nope' },
      { body: {}, casing: 'pascal' },
    );
    expect(app.status).toBe(404);
    expect(app.json).toMatchObject({ Code: 'App.NotFound', HttpCode: 404 });
  });
});

describe('DeleteFunctionInstance', () => {
  it('removes the instance and its runs; a repeat is 404 Instance.NotExist; the name can be created anew', async () => {
    const h = await fixture();
    const del = () => callApi(h, 'DeleteFunctionInstance', INST);
    const answer = await del();
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ status: 'OK', result: {} });
    expect((await get(h, 'inst')).json.code).toBe('Instance.NotExist');
    expect(h.listInstances().instances).toEqual([]);
    const repeat = await del();
    expect(repeat.status).toBe(404);
    expect(repeat.json.code).toBe('Instance.NotExist');
    // The app group stays known without instances, so a repeat is Instance.NotExist (above) and a new one fits.
    expect((await create(h, { instanceName: 'inst', modelType: 'pop' })).status).toBe(200);
    expect((await runsOf(h, 'inst')).totalCount).toBe(0);
  });

  it('an instance with a running run is 400 Instance.IsRunning and stays', async () => {
    const h = await fixture();
    h.loadTasks([task(-10, { generation: '2', status: 'running', progress: 42, endTime: 0 })]);
    const answer = await callApi(h, 'DeleteFunctionInstance', INST, { casing: 'pascal' });
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ Code: 'Instance.IsRunning', HttpCode: 400 });
    expect((await runsOf(h, 'inst')).totalCount).toBe(2);
  });

  it('deleting the default instance cancels the default', async () => {
    const h = await fixture();
    await create(h, { instanceName: 'keep', modelType: 'pop' });
    h.setDefaultInstance({ ...INST });
    expect((await callApi(h, 'DeleteFunctionInstance', INST)).status).toBe(200);
    const answer = await callApi(h, 'GetFunctionDefaultInstance', FN);
    expect(answer.status).toBe(404);
    expect(answer.json.code).toBe('DefaultInstance.NotExist');
  });
});

describe('UpdateFunctionDefaultInstance', () => {
  it('sets the default, and "" (or no name) cancels it', async () => {
    const h = await fixture();
    await create(h, { instanceName: 'second', modelType: 'pop' });
    const set = (body: unknown, casing?: 'pascal') =>
      callApi(h, 'UpdateFunctionDefaultInstance', FN, { body, casing });
    const defaultName = async () =>
      (await callApi(h, 'GetFunctionDefaultInstance', FN)).json.result?.instanceName;
    expect((await set({ instanceName: 'second' })).json).toMatchObject({ status: 'OK', result: {} });
    expect(await defaultName()).toBe('second');
    expect((await set({ instanceName: 'inst' }, 'pascal')).json).toMatchObject({
      Status: 'OK',
      HttpCode: 200,
    });
    expect(await defaultName()).toBe('inst');
    expect((await set({ instanceName: '' })).status).toBe(200);
    expect(await defaultName()).toBeUndefined();
    await set({ instanceName: 'inst' });
    expect((await set({})).status).toBe(200);
    expect(await defaultName()).toBeUndefined();
  });

  it('an unknown instance is 400 DefaultInstance.SetFail and the default stays; an unknown app 404 App.NotFound', async () => {
    const h = await fixture();
    h.setDefaultInstance(INST);
    const answer = await callApi(h, 'UpdateFunctionDefaultInstance', FN, { body: { instanceName: 'ghost' } });
    expect(answer.status).toBe(400);
    expect(answer.json.code).toBe('DefaultInstance.SetFail');
    expect(answer.json.message).toContain('ghost');
    expect((await callApi(h, 'GetFunctionDefaultInstance', FN)).json.result.instanceName).toBe('inst');
    const app = await callApi(
      h,
      'UpdateFunctionDefaultInstance',
      { ...FN, appGroupIdentity: 'nope' },
      { body: { instanceName: '' } },
    );
    expect(app.json.code).toBe('App.NotFound');
    const pascal = await callApi(h, 'UpdateFunctionDefaultInstance', FN, { body: { InstanceName: '' } });
    expect(pascal.status).toBe(400);
    expect(pascal.json.code).toBe('InvalidParameter');
    expect((await callApi(h, 'GetFunctionDefaultInstance', FN)).json.result.instanceName).toBe('inst');
  });
});
