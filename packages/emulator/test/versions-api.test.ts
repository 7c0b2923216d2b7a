/**
 * Function versions over real HTTP (issue 27): GetFunctionCurrentVersion and GetFunctionVersion on the built-in
 * catalogue, both casings, their errors, and the control route that loads versions.
 */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_VERSIONS, SEED_INSTANCES } from '../src/index.js';
import { callApi, control, startTestEmulator } from './helpers.js';

const current = (
  h: Awaited<ReturnType<typeof startTestEmulator>>,
  query: Record<string, string>,
  casing?: 'pascal',
) => callApi(h, 'GetFunctionCurrentVersion', { functionName: 'ctr' }, { query, casing });

describe('GetFunctionCurrentVersion', () => {
  it('answers the current version of the line in camelCase, with the console hints of the page sample', async () => {
    const h = await startTestEmulator();
    const answer = await current(h, { modelType: 'tf_checkpoint' });
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ status: 'OK', httpCode: 200, code: '' });
    const version = answer.json.result;
    expect(version).toMatchObject({
      functionName: 'ctr',
      functionType: 'PAAS',
      modelType: 'tf_checkpoint',
      versionId: 101,
      versionName: 'ctr-tf-1.1',
    });
    expect(version.versionConfig.createParameters[0]).toMatchObject({ name: 'algorithm', required: 'true' });
    expect(JSON.parse(version.versionConfig.createParameters[0].formItemProps)).toMatchObject({
      label: 'Algorithm',
    });
    expect(version.versionConfig.createParameters[2]).toEqual({ name: 'sampleDays', required: 'false' });
    expect(version.versionConfig.depends[0]).toMatchObject({ dependency: 'behavior' });
    expect(version.versionConfig.usageParameters).toEqual([{ name: 'scene', required: 'false' }]);
  });

  it('answers PascalCase as the SDK models it: no FormItemProps / ComponentProps', async () => {
    const h = await startTestEmulator();
    const answer = await current(
      h,
      { modelType: 'tf_checkpoint', functionType: 'PAAS', domain: 'ecommerce', category: 'general' },
      'pascal',
    );
    expect(answer.json).toMatchObject({
      Status: 'OK',
      Result: { VersionId: 101, VersionName: 'ctr-tf-1.1' },
    });
    expect(answer.json.Result.VersionConfig.CreateParameters[0]).toEqual({
      Name: 'algorithm',
      Required: 'true',
    });
    expect(answer.json.Result.VersionConfig.Depends[0]).toHaveProperty('Condition');
  });

  it('no current version for the line is 404 Version.NotExist; bad or missing query parameters 400', async () => {
    const h = await startTestEmulator();
    const lines: Record<string, string>[] = [
      { modelType: 'pop' },
      { modelType: 'tf_checkpoint', functionType: 'SAAS' },
    ];
    for (const query of lines) {
      const answer = await current(h, query);
      expect(answer.status).toBe(404);
      expect(answer.json.code).toBe('Version.NotExist');
    }
    for (const [query, name] of [
      [{}, 'modelType'],
      [{ modelType: 'tensorflow' }, 'modelType'],
      [{ modelType: 'pop', domain: 'finance' }, 'domain'],
    ] as const) {
      const answer = await current(h, query);
      expect(answer.status).toBe(400);
      expect(answer.json.code).toBe('InvalidParameter');
      expect(answer.json.message).toContain(name);
    }
  });
});

describe('GetFunctionVersion', () => {
  it('answers any version of the function by id, older ones included', async () => {
    const h = await startTestEmulator();
    const old = await callApi(
      h,
      'GetFunctionVersion',
      { functionName: 'ctr', versionId: 100 },
      { casing: 'pascal' },
    );
    expect(old.json.Result).toMatchObject({ FunctionName: 'ctr', VersionId: 100, VersionName: 'ctr-tf-1.0' });
    expect(old.json.Result.VersionConfig.CreateParameters).toHaveLength(2);
    expect(old.json.Result.VersionConfig.UsageParameters).toEqual([{ Name: 'scene', Required: 'false' }]);
    const empty = await callApi(h, 'GetFunctionVersion', { functionName: 'hot', versionId: 300 });
    expect(empty.json.result.versionConfig).toEqual({
      createParameters: [],
      depends: [],
      usageParameters: [],
    });
  });

  it('an id the function does not have is 404 Version.NotExist; a non-number 400 InvalidParameter', async () => {
    const h = await startTestEmulator();
    for (const params of [
      { functionName: 'ctr', versionId: 999 },
      { functionName: 'pop', versionId: 101 },
    ]) {
      const answer = await callApi(h, 'GetFunctionVersion', params);
      expect(answer.status).toBe(404);
      expect(answer.json.code).toBe('Version.NotExist');
    }
    const bad = await callApi(h, 'GetFunctionVersion', { functionName: 'ctr', versionId: 'v1' });
    expect(bad.status).toBe(400);
    expect(bad.json.message).toContain('versionId');
  });

  it("every version id the demo seed gives an instance is in the catalogue, on the instance's line", async () => {
    const h = await startTestEmulator();
    const seeded = SEED_INSTANCES.filter((i) => i.versionId != null);
    expect(seeded.length).toBeGreaterThan(5);
    for (const instance of seeded) {
      const answer = await callApi(h, 'GetFunctionVersion', {
        functionName: instance.functionName,
        versionId: Number(instance.versionId),
      });
      expect(answer.status, `${instance.instanceName}: ${answer.text}`).toBe(200);
      expect(answer.json.result.modelType).toBe(instance.modelType);
    }
    expect(new Set(BUILT_IN_VERSIONS.map((v) => v.functionName)).size).toBe(8);
  });
});

describe('POST /__fntasks/versions', () => {
  it('adds versions; a current one takes over its line; a reset puts the built-in catalogue back', async () => {
    const h = await startTestEmulator();
    const loaded = await control(h, 'POST', 'versions', {
      versions: [{ functionName: 'ctr', versionId: 102, modelType: 'tf_checkpoint', current: true }],
    });
    expect(loaded.json).toEqual({ ok: true, added: 1 });
    expect((await current(h, { modelType: 'tf_checkpoint' })).json.result).toMatchObject({
      versionId: 102,
      versionName: 'v102',
    });
    expect((await callApi(h, 'GetFunctionVersion', { functionName: 'ctr', versionId: 101 })).status).toBe(
      200,
    );
    h.reset();
    expect((await current(h, { modelType: 'tf_checkpoint' })).json.result.versionId).toBe(101);
    expect((await callApi(h, 'GetFunctionVersion', { functionName: 'ctr', versionId: 102 })).status).toBe(
      404,
    );
  });

  it('a bad version is 400 naming its index and field, and nothing is loaded', async () => {
    const h = await startTestEmulator();
    const answer = await control(h, 'POST', 'versions', {
      versions: [
        { functionName: 'ctr', versionId: 103, modelType: 'tf_checkpoint', current: true },
        {
          functionName: 'ctr',
          versionId: 104,
          modelType: 'tf_checkpoint',
          versionConfig: { createParameters: [{ name: 'x', required: true }] },
        },
      ],
    });
    expect(answer.status).toBe(400);
    expect(answer.json.error).toMatch(/^versions\[1\]: versionConfig\.createParameters must be/);
    expect((await current(h, { modelType: 'tf_checkpoint' })).json.result.versionId).toBe(101);
  });
});
