/**
 * The state-change endpoint Pact verifiers call (`--state-change-url`), on a real emulator: the Rust/JVM/Go body
 * and the Ruby one, every state of the catalogue and its PascalCase variant, teardown, errors, and the same
 * Host / Origin / content-type guards as the rest of the control API.
 */
import { describe, expect, it } from 'vitest';
import { knownStateTexts, PROVIDER_STATES_PATH, STATE_CATALOGUE } from '../src/index.js';
import { callApi, rawRequest, startTestEmulator, tasksPath } from './helpers.js';

type Handle = Awaited<ReturnType<typeof startTestEmulator>>;

function stateChange(h: Handle, body: unknown, headers: Record<string, string> = {}) {
  return rawRequest(h.url, PROVIDER_STATES_PATH, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

const page = async (h: Handle) =>
  (await rawRequest(h.url, tasksPath('my-app', 'ctr', 'ctr_test', { pageSize: 50 }))).json;

describe('POST /__fntasks/provider-states', () => {
  it('sets a state up from a Rust/JVM/Go body and answers its resolved parameters', async () => {
    const h = await startTestEmulator();
    const res = await stateChange(h, {
      state: 'an instance with tasks',
      params: { succeeded: 2, failed: 1 },
      action: 'setup',
    });
    expect(res.status, res.text).toBe(200);
    expect(res.json).toMatchObject({ appGroupIdentity: 'my-app', succeeded: 2, failed: 1, casing: 'camel' });
    const body = await page(h);
    expect(body.totalCount).toBe(3);
    expect(body.result.map((t: { status: string }) => t.status).sort()).toEqual([
      'failed',
      'success',
      'success',
    ]);
  });

  it('the PascalCase variant answers in PascalCase; a plain state afterwards starts clean in camelCase', async () => {
    const h = await startTestEmulator();
    expect((await stateChange(h, { state: 'an instance with tasks (PascalCase)', params: {} })).status).toBe(
      200,
    );
    const pascal = await page(h);
    expect(pascal.TotalCount).toBe(3);
    expect(pascal.Result[0]).toHaveProperty('Generation');
    expect((await stateChange(h, { state: 'an instance with no tasks', action: 'setup' })).status).toBe(200);
    expect(await page(h)).toMatchObject({ totalCount: 0, result: [] });
  });

  it('reads the Ruby verifier body ({consumer, state, states, params}) and {states} alone', async () => {
    const h = await startTestEmulator();
    const ruby = await stateChange(h, {
      consumer: 'ruby-consumer',
      state: 'a running run',
      states: ['a running run'],
      params: {},
    });
    expect(ruby.status, ruby.text).toBe(200);
    expect((await page(h)).result[0]).toMatchObject({ generation: '4', status: 'running' });
    expect((await stateChange(h, { states: ['no such app group'] })).status).toBe(200);
    const missing = await rawRequest(h.url, tasksPath('no-such-app', 'ctr', 'ctr_test'));
    expect(missing.json.code, missing.text).toBe('App.NotFound');
  });

  it('teardown changes nothing', async () => {
    const h = await startTestEmulator();
    await stateChange(h, { state: 'an instance with tasks', params: { succeeded: 5 }, action: 'setup' });
    const down = await stateChange(h, { state: 'an instance with tasks', params: {}, action: 'teardown' });
    expect(down.status).toBe(200);
    expect(down.json).toEqual({});
    expect((await page(h)).totalCount).toBe(5);
  });

  it('every state of the catalogue and its PascalCase variant sets up with its defaults', async () => {
    const h = await startTestEmulator();
    const texts = knownStateTexts();
    expect(texts.length).toBeGreaterThanOrEqual(2 * STATE_CATALOGUE.length);
    for (const state of texts) {
      const res = await stateChange(h, { state, params: {}, action: 'setup' });
      expect(res.status, `${state}: ${res.text}`).toBe(200);
      expect(res.json.casing, state).toBe(
        state.endsWith(' (PascalCase)') || /PascalCase$/.test(state) ? 'pascal' : 'camel',
      );
    }
  });

  it('an unknown state, a bad parameter, a casing clash or a malformed body is 400 naming what is allowed', async () => {
    const h = await startTestEmulator();
    await stateChange(h, { state: 'an instance with tasks', params: { succeeded: 5 } });
    const cases: [unknown, RegExp][] = [
      [
        { state: 'nope' },
        /unknown provider state "nope"; the catalogue \(v1\.2\) has: "an instance with tasks"/,
      ],
      [
        { state: 'an instance with tasks', params: { failed: -1 } },
        /parameter failed must be an integer from 0 to 1000/,
      ],
      [{ state: 'an instance with tasks (PascalCase)', params: { casing: 'camel' } }, /asks for PascalCase/],
      [{ state: 'an instance with tasks', action: 'begin' }, /action must be "setup" or "teardown"/],
      [{ params: {} }, /expected "state"/],
      [[1], /expected a JSON object/],
    ];
    for (const [body, message] of cases) {
      const res = await stateChange(h, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.json.error, JSON.stringify(body)).toMatch(message);
    }
    // Refused before any change: the earlier state still holds.
    expect((await page(h)).totalCount).toBe(5);
  });

  it('sits behind the control API guards: foreign Host or Origin 403, no JSON content type 415', async () => {
    const h = await startTestEmulator();
    await stateChange(h, { state: 'an instance with tasks', params: { succeeded: 5 } });
    const body = { state: 'an instance with no tasks' };
    expect((await stateChange(h, body, { host: 'evil.example:80' })).status).toBe(403);
    expect((await stateChange(h, body, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await stateChange(h, body, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await stateChange(h, body, { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await page(h)).totalCount).toBe(5);
  });

  it('the instance states (issue 27): deletable, not deletable, and a free name, with parameters', async () => {
    const h = await startTestEmulator();
    const names = { appGroupIdentity: 'shop', functionName: 'pop', instanceName: 'pop_x' };
    const deletable =
      'an instance {instanceName} of function {functionName} in app group {appGroupIdentity} that can be deleted';
    expect((await stateChange(h, { state: deletable, params: names })).status).toBe(200);
    expect((await callApi(h, 'DeleteFunctionInstance', names)).status).toBe(200);

    const running = deletable.replace('can be deleted', 'cannot be deleted');
    expect((await stateChange(h, { state: `${running} (PascalCase)`, params: names })).status).toBe(200);
    const refused = await callApi(h, 'DeleteFunctionInstance', names);
    expect(refused.status).toBe(400);
    expect(refused.json.Code).toBe('Instance.IsRunning');

    const free = 'no instance {instanceName} of function {functionName} in app group {appGroupIdentity}';
    expect(
      (await stateChange(h, { state: free, params: { instanceName: 'pop_test', functionName: 'pop' } })).json,
    ).toMatchObject({
      appGroupIdentity: 'my-app',
      instanceName: 'pop_test',
    });
    const pop = { appGroupIdentity: 'my-app', functionName: 'pop' };
    expect((await callApi(h, 'DeleteFunctionInstance', { ...pop, instanceName: 'pop_test' })).json.code).toBe(
      'Instance.NotExist',
    );
    const made = await callApi(h, 'CreateFunctionInstance', pop, {
      body: { instanceName: 'pop_test', modelType: 'pop' },
    });
    expect(made.status, made.text).toBe(200);
    expect(
      h
        .listInstances()
        .instances.map((i) => i.instanceName)
        .sort(),
    ).toEqual(['pop_other', 'pop_test']);
  });

  it('the version state: the version is current for its line, whatever id it has', async () => {
    const h = await startTestEmulator();
    const state = 'a version {versionId} of function {functionName}';
    const params = { functionName: 'pop', versionId: 7, modelType: 'text', functionType: 'SAAS' };
    expect((await stateChange(h, { state: `${state} (PascalCase)`, params })).status).toBe(200);
    const byId = await callApi(h, 'GetFunctionVersion', { functionName: 'pop', versionId: 7 });
    expect(byId.json.Result).toMatchObject({
      VersionId: 7,
      VersionName: 'v7',
      ModelType: 'text',
      FunctionType: 'SAAS',
    });
    const current = await callApi(
      h,
      'GetFunctionCurrentVersion',
      { functionName: 'pop' },
      { query: { modelType: 'text', functionType: 'SAAS' } },
    );
    expect(current.json.Result.VersionId).toBe(7);
    const bad = await stateChange(h, { state, params: { modelType: 'tensorflow' } });
    expect(bad.status).toBe(400);
    expect(bad.json.error).toContain('modelType must be one of');
  });

  it('the resource states: deletable, in use (by the instance named), and a free name', async () => {
    const h = await startTestEmulator();
    const plain = 'a resource {resourceName} of function {functionName} in app group {appGroupIdentity}';
    const names = { appGroupIdentity: 'shop', functionName: 'pop', resourceName: 'pop_fg' };
    expect(
      (
        await stateChange(h, {
          state: `${plain} (PascalCase)`,
          params: { ...names, resourceType: 'feature_generator' },
        })
      ).status,
    ).toBe(200);
    const shown = await callApi(h, 'GetFunctionResource', names);
    expect(shown.json.Result).toMatchObject({
      ResourceName: 'pop_fg',
      ResourceType: 'feature_generator',
      ReferencedInstances: [],
      Data: {
        Generators: [{ Generator: 'id_feature', Input: { Features: [{ Name: 'user_id', Type: 'item' }] } }],
      },
    });
    expect((await callApi(h, 'DeleteFunctionResource', names)).status).toBe(200);

    expect(
      (
        await stateChange(h, {
          state: `${plain} that is in use`,
          params: { ...names, instanceName: 'pop_user' },
        })
      ).status,
    ).toBe(200);
    expect((await callApi(h, 'GetFunctionResource', names)).json.result).toMatchObject({
      referencedInstances: ['pop_user'],
      data: { content: 'a,b,c' },
    });
    expect((await callApi(h, 'DeleteFunctionResource', names)).json.code).toBe('Resource.InUse');

    const free = 'no resource {resourceName} of function {functionName} in app group {appGroupIdentity}';
    expect((await stateChange(h, { state: free, params: names })).status).toBe(200);
    expect((await callApi(h, 'GetFunctionResource', names)).json.code).toBe('Resource.NotExist');
    const made = await callApi(
      h,
      'CreateFunctionResource',
      { appGroupIdentity: 'shop', functionName: 'pop' },
      {
        body: { ResourceName: 'pop_fg', ResourceType: 'raw_file', Data: { Content: 'x' } },
      },
    );
    expect(made.status, made.text).toBe(200);

    const bad = await stateChange(h, { state: plain, params: { resourceType: 'csv' } });
    expect(bad.status).toBe(400);
    expect(bad.json.error).toContain('resourceType must be one of feature_generator, raw_file');
  });
});
