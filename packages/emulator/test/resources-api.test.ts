/**
 * Function resources over real HTTP (issue 27): the five operations with the PascalCase request bodies the
 * official SDK sends, both answer casings, the references computed from the instances' parameters, their
 * errors, and the control route that loads resources.
 */
import { describe, expect, it } from 'vitest';
import type { EmulatorHandle } from '../src/index.js';
import { callApi, control, startTestEmulator, T0, task } from './helpers.js';

const FN = { appGroupIdentity: 'app', functionName: 'ctr' };
const MIN = 60_000;
const GENERATORS = [
  {
    Generator: 'id_feature',
    Input: { Features: [{ Name: 'user_id', Type: 'user' }] },
    Output: 'user_id_feature',
  },
];

/** An emulator whose app group `app` exists (instance `inst` of ctr). */
async function fixture(): Promise<EmulatorHandle> {
  const h = await startTestEmulator();
  h.loadTasks([task(-60, { generation: '1' })]);
  return h;
}

const create = (h: EmulatorHandle, body: unknown, casing?: 'pascal') =>
  callApi(h, 'CreateFunctionResource', FN, { body, casing });
const get = (h: EmulatorHandle, resourceName: string, casing?: 'pascal') =>
  callApi(h, 'GetFunctionResource', { ...FN, resourceName }, { casing });

describe('CreateFunctionResource and GetFunctionResource', () => {
  it('creates both types from PascalCase bodies; Get answers every field in both casings', async () => {
    const h = await fixture();
    const made = await create(h, {
      ResourceName: 'fg',
      ResourceType: 'feature_generator',
      Description: 'features',
      Data: { Generators: GENERATORS },
    });
    expect(made.status, made.text).toBe(200);
    expect(made.json).toMatchObject({ status: 'OK', result: {} });
    expect(
      (
        await create(
          h,
          { ResourceName: 'words', ResourceType: 'raw_file', Data: { Content: 'a\nb' } },
          'pascal',
        )
      ).json,
    ).toMatchObject({ Status: 'OK' });

    expect((await get(h, 'fg')).json.result).toEqual({
      resourceName: 'fg',
      resourceType: 'feature_generator',
      description: 'features',
      functionName: 'ctr',
      createTime: T0,
      modifyTime: T0,
      referencedInstances: [],
      data: {
        generators: [
          {
            generator: 'id_feature',
            input: { features: [{ name: 'user_id', type: 'user' }] },
            output: 'user_id_feature',
          },
        ],
      },
    });
    expect((await get(h, 'words', 'pascal')).json.Result).toEqual({
      ResourceName: 'words',
      ResourceType: 'raw_file',
      Description: '',
      FunctionName: 'ctr',
      CreateTime: T0,
      ModifyTime: T0,
      ReferencedInstances: [],
      Data: { Content: 'a\nb' },
    });
  });

  it('a taken name is 400 Resource.Duplicated; an unknown one 404 Resource.NotExist; an unknown app 404 App.NotFound', async () => {
    const h = await fixture();
    const body = { ResourceName: 'words', ResourceType: 'raw_file', Data: { Content: 'x' } };
    await create(h, body);
    const again = await create(h, { ...body, Data: { Content: 'replaced?' } });
    expect(again.status).toBe(400);
    expect(again.json.code).toBe('Resource.Duplicated');
    expect((await get(h, 'words')).json.result.data.content).toBe('x');
    const missing = await get(h, 'nope', 'pascal');
    expect(missing.status).toBe(404);
    expect(missing.json).toMatchObject({ Code: 'Resource.NotExist', HttpCode: 404 });
    const app = await callApi(h, 'CreateFunctionResource', { ...FN, appGroupIdentity: 'nope' }, { body });
    expect(app.json.code).toBe('App.NotFound');
  });

  it.each([
    [
      { resourceName: 'x', resourceType: 'raw_file', data: { content: 'x' } },
      'ResourceName',
      'the body has resourceName: CreateFunctionResource reads PascalCase names',
    ],
    [{ ResourceName: 'x', ResourceType: 'raw_file' }, 'Data', 'Parameter Data is required.'],
    [
      { ResourceName: 'x', ResourceType: 'csv', Data: {} },
      'ResourceType',
      'must be one of feature_generator, raw_file',
    ],
    [{ ResourceName: '', ResourceType: 'raw_file', Data: {} }, 'ResourceName', 'at least 1 characters'],
    [{ ResourceName: 'x', ResourceType: 'raw_file', Data: 'text' }, 'Data', 'must be a JSON object'],
    [
      { ResourceName: 'x', ResourceType: 'raw_file', Data: {} },
      'Data.Content',
      'is required for a raw_file resource',
    ],
    [{ ResourceName: 'x', ResourceType: 'raw_file', Data: { content: 'x' } }, 'Data.Content', 'is required'],
    [
      { ResourceName: 'x', ResourceType: 'raw_file', Data: { Content: 1 } },
      'Data.Content',
      'must be a string',
    ],
    [
      { ResourceName: 'x', ResourceType: 'raw_file', Data: { Content: 'x', Generators: [] } },
      'Data.Generators',
      'is for feature_generator resources',
    ],
    [
      { ResourceName: 'x', ResourceType: 'feature_generator', Data: { Content: 'x' } },
      'Data.Content',
      'is for raw_file resources',
    ],
    [
      {
        ResourceName: 'x',
        ResourceType: 'feature_generator',
        Data: { Generators: [{ Generator: 'g', Output: 'o' }] },
      },
      'Data.Generators[0].Input',
      'must be an object',
    ],
    [
      {
        ResourceName: 'x',
        ResourceType: 'feature_generator',
        Data: { Generators: [{ Generator: 'g', Input: { Features: [{ Name: 'n' }] }, Output: 'o' }] },
      },
      'Data.Generators[0].Input.Features[0].Type',
      'must be a string',
    ],
    [{ ResourceName: '..', ResourceType: 'raw_file', Data: { Content: 'x' } }, 'ResourceName', 'must not be'],
  ])('refuses %j: 400 InvalidParameter naming %s', async (body, field, words) => {
    const h = await fixture();
    const answer = await create(h, body);
    expect(answer.status).toBe(400);
    expect(answer.json.code).toBe('InvalidParameter');
    expect(answer.json.message).toContain(field);
    expect(answer.json.message).toContain(words);
    expect((await callApi(h, 'ListFunctionResources', FN)).json.totalCount).toBe(0);
  });
});

describe('ListFunctionResources', () => {
  it('pages newest first and filters by type, in both casings', async () => {
    const h = await fixture();
    for (let i = 1; i <= 5; i += 1) {
      h.setClock({ advanceMs: MIN });
      const body =
        i % 2 === 0
          ? { ResourceName: `fg${i}`, ResourceType: 'feature_generator', Data: { Generators: GENERATORS } }
          : { ResourceName: `raw${i}`, ResourceType: 'raw_file', Data: { Content: String(i) } };
      expect((await create(h, body)).status).toBe(200);
    }
    const list = (query: Record<string, string | number>, casing?: 'pascal') =>
      callApi(h, 'ListFunctionResources', FN, { query, casing });
    const first = (await list({ pageSize: 2 })).json;
    expect(first.totalCount).toBe(5);
    expect(first.result.map((r: { resourceName: string }) => r.resourceName)).toEqual(['raw5', 'fg4']);
    const third = (await list({ pageSize: 2, pageNumber: 3 }, 'pascal')).json;
    expect(third).toMatchObject({ TotalCount: 5, Result: [{ ResourceName: 'raw1', CreateTime: T0 + MIN }] });
    const raw = (await list({ resourceType: 'raw_file', output: 'simple' })).json;
    expect(raw.totalCount).toBe(3);
    expect(raw.result.every((r: { data: { content?: string } }) => r.data.content !== undefined)).toBe(true);
    expect((await list({ pageNumber: 9 })).json).toMatchObject({ totalCount: 5, result: [] });
    const tooBig = await list({ pageSize: 101 });
    expect(tooBig.status).toBe(400);
    expect(tooBig.json.message).toContain('pageSize');
    expect((await callApi(h, 'ListFunctionResources', { ...FN, functionName: 'pop' })).json.totalCount).toBe(
      0,
    );
  });
});

describe('UpdateFunctionResource', () => {
  it('changes what the body gives and the modify time; Data is checked for the resource type', async () => {
    const h = await fixture();
    await create(h, {
      ResourceName: 'words',
      ResourceType: 'raw_file',
      Description: 'd1',
      Data: { Content: 'a' },
    });
    h.setClock({ advanceMs: MIN });
    const update = (body: unknown) =>
      callApi(h, 'UpdateFunctionResource', { ...FN, resourceName: 'words' }, { body });
    expect((await update({ Data: { Content: 'b' } })).json).toMatchObject({ status: 'OK', result: {} });
    expect((await get(h, 'words')).json.result).toMatchObject({
      description: 'd1',
      data: { content: 'b' },
      createTime: T0,
      modifyTime: T0 + MIN,
    });
    expect((await update({ Description: 'd2' })).status).toBe(200);
    expect((await get(h, 'words')).json.result).toMatchObject({ description: 'd2', data: { content: 'b' } });
    for (const [body, words] of [
      [{ Data: { Generators: GENERATORS } }, 'Data.Generators is for feature_generator resources'],
      [{ description: 'lower' }, 'Parameter Description is missing; the body has description'],
      [{ Description: 3 }, 'Parameter Description must be a string'],
    ] as const) {
      const answer = await update(body);
      expect(answer.status).toBe(400);
      expect(answer.json.message).toContain(words);
    }
    expect((await get(h, 'words')).json.result).toMatchObject({ description: 'd2', data: { content: 'b' } });
    const missing = await callApi(h, 'UpdateFunctionResource', { ...FN, resourceName: 'nope' }, { body: {} });
    expect(missing.json.code).toBe('Resource.NotExist');
  });
});

describe('DeleteFunctionResource and the references', () => {
  it('an instance whose parameter names the resource references it: Resource.InUse until it stops', async () => {
    const h = await fixture();
    await create(h, {
      ResourceName: 'fg',
      ResourceType: 'feature_generator',
      Data: { Generators: GENERATORS },
    });
    const made = await callApi(h, 'CreateFunctionInstance', FN, {
      body: {
        instanceName: 'user1',
        modelType: 'tf_checkpoint',
        createParameters: [{ name: 'fg_json', value: 'fg' }],
      },
    });
    expect(made.status).toBe(200);
    await callApi(h, 'CreateFunctionInstance', FN, {
      body: {
        instanceName: 'user2',
        modelType: 'tf_checkpoint',
        usageParameters: [{ name: 'features', value: 'fg' }],
      },
    });
    expect((await get(h, 'fg')).json.result.referencedInstances).toEqual(['user1', 'user2']);
    const del = () => callApi(h, 'DeleteFunctionResource', { ...FN, resourceName: 'fg' });
    const refused = await del();
    expect(refused.status).toBe(400);
    expect(refused.json).toMatchObject({ code: 'Resource.InUse' });
    expect(refused.json.message).toContain('user1, user2');

    await callApi(
      h,
      'UpdateFunctionInstance',
      { ...FN, instanceName: 'user1' },
      { body: { createParameters: [] } },
    );
    expect((await callApi(h, 'DeleteFunctionInstance', { ...FN, instanceName: 'user2' })).status).toBe(200);
    expect((await get(h, 'fg')).json.result.referencedInstances).toEqual([]);
    const done = await del();
    expect(done.status).toBe(200);
    expect(done.json).toMatchObject({ status: 'OK' });
    const repeat = await del();
    expect(repeat.status).toBe(404);
    expect(repeat.json.code).toBe('Resource.NotExist');
  });

  it("another function's or app group's instances do not reference it", async () => {
    const h = await fixture();
    await create(h, { ResourceName: 'shared', ResourceType: 'raw_file', Data: { Content: 'x' } });
    h.loadInstances([
      {
        appGroupIdentity: 'app',
        functionName: 'pop',
        instanceName: 'p',
        modelType: 'pop',
        createParameters: [{ name: 'r', value: 'shared' }],
      },
      {
        appGroupIdentity: 'other',
        functionName: 'ctr',
        instanceName: 'c',
        modelType: 'pop',
        createParameters: [{ name: 'r', value: 'shared' }],
      },
    ]);
    expect((await get(h, 'shared')).json.result.referencedInstances).toEqual([]);
    expect((await callApi(h, 'DeleteFunctionResource', { ...FN, resourceName: 'shared' })).status).toBe(200);
  });
});

describe('POST /__fntasks/resources', () => {
  it('loads resources (camelCase), all or nothing, naming the index and field of a bad one', async () => {
    const h = await fixture();
    const good = {
      ...FN,
      resourceName: 'loaded',
      resourceType: 'raw_file',
      data: { content: 'x' },
      createTime: 5,
    };
    const bad = {
      ...FN,
      resourceName: 'bad',
      resourceType: 'feature_generator',
      data: { generators: [{ generator: 'g' }] },
    };
    const refused = await control(h, 'POST', 'resources', { resources: [good, bad] });
    expect(refused.status).toBe(400);
    expect(refused.json.error).toBe('resources[1]: data.generators[0].input must be an object, got nothing');
    expect((await callApi(h, 'ListFunctionResources', FN)).json.totalCount).toBe(0);
    expect((await control(h, 'POST', 'resources', { resources: [good] })).json).toEqual({
      ok: true,
      added: 1,
    });
    expect((await get(h, 'loaded')).json.result).toMatchObject({
      createTime: 5,
      modifyTime: 5,
      data: { content: 'x' },
    });
    h.reset();
    expect((await get(h, 'loaded')).json.code).toBe('App.NotFound');
  });
});
