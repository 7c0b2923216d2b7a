/** The provider-state catalogue: parameters, defaults and the seeded data, without a provider. */
import { describe, expect, it } from 'vitest';
import {
  knownStateTexts,
  resolveParams,
  STATE_ALIASES,
  STATE_CATALOGUE,
  type StateDefinition,
} from '../src/provider-states/catalogue.js';
import { seedTasks } from '../src/provider-states/seed-data.js';
import { rawRequest, startTestEmulator } from './helpers.js';

function state(name: string): StateDefinition {
  const found = STATE_CATALOGUE.find((s) => s.name === name);
  if (!found) throw new Error(`no state ${name}`);
  return found;
}

describe('the catalogue', () => {
  it('has the states issue 17 names, and the family states', () => {
    expect(STATE_CATALOGUE.map((s) => s.name)).toEqual([
      'an instance with tasks',
      'an instance with no tasks',
      'no such app group',
      'no such instance',
      'throttled once',
      'signature rejected',
      'instances of a function',
      'app groups',
      'a default instance',
      'no default instance',
      'a run that can be deleted',
      'a running run',
      'an instance {instanceName} of function {functionName} in app group {appGroupIdentity} that can be deleted',
      'an instance {instanceName} of function {functionName} in app group {appGroupIdentity} that cannot be deleted',
      'no instance {instanceName} of function {functionName} in app group {appGroupIdentity}',
      'a version {versionId} of function {functionName}',
      'a resource {resourceName} of function {functionName} in app group {appGroupIdentity}',
      'a resource {resourceName} of function {functionName} in app group {appGroupIdentity} that is in use',
      'no resource {resourceName} of function {functionName} in app group {appGroupIdentity}',
    ]);
  });

  it('app groups: the groups named, newest last, answered by ListAppGroups in the casing asked for', async () => {
    const h = await startTestEmulator();
    const appGroups = state('app groups');
    appGroups.setup(h, resolveParams(appGroups, { appGroupNames: 'alpha,beta,gamma', casing: 'pascal' }));
    const res = await rawRequest(h.url, '/v4/openapi/app-groups?pageSize=2');
    expect(res.json.totalCount).toBe(3);
    expect(res.json.result.map((g: { name: string }) => g.name)).toEqual(['gamma', 'beta']);
    const pascal = await rawRequest(h.url, '/v4/openapi/app-groups?name=alpha', {
      headers: { 'x-fntasks-casing': 'pascal' },
    });
    expect(pascal.json.Result.map((g: { Name: string }) => g.Name)).toEqual(['alpha']);
    expect(pascal.json.Result[0].Quota).toEqual({
      ComputeResource: 20,
      DocSize: 1,
      Spec: 'opensearch.share.common',
    });
  });

  it('gives every state a casing parameter and every alias a state', () => {
    for (const s of STATE_CATALOGUE) expect(Object.keys(s.params)).toContain('casing');
    for (const a of STATE_ALIASES) expect(knownStateTexts()).toContain(a.state);
  });

  it('applies the documented defaults when a pact gives no parameters (V2)', () => {
    expect(resolveParams(state('an instance with tasks'), {})).toEqual({
      appGroupIdentity: 'my-app',
      functionName: 'ctr',
      instanceName: 'ctr_test',
      succeeded: 3,
      failed: 0,
      running: 0,
      casing: 'camel',
    });
  });

  it('reads counts given as numeric strings and names given as a list or comma-separated', () => {
    expect(resolveParams(state('an instance with tasks'), { succeeded: '7' }).succeeded).toBe(7);
    expect(resolveParams(state('instances of a function'), { instanceNames: 'a, b' }).instanceNames).toEqual([
      'a',
      'b',
    ]);
    expect(resolveParams(state('instances of a function'), { instanceNames: ['x'] }).instanceNames).toEqual([
      'x',
    ]);
  });

  it('refuses an unknown parameter or a bad value, naming the state, the parameter and what is allowed', () => {
    expect(() => resolveParams(state('no such app group'), { app: 'x' })).toThrow(
      'state "no such app group" has no parameter "app" (it has: appGroupIdentity, casing)',
    );
    expect(() => resolveParams(state('an instance with tasks'), { failed: -1 })).toThrow(
      'state "an instance with tasks": parameter failed must be an integer from 0 to 1000, got -1',
    );
  });
});

describe('seeded tasks', () => {
  const ref = { appGroupIdentity: 'a', functionName: 'ctr', instanceName: 'i' };

  it('spreads failed tasks evenly and puts running ones last, generations 1, 2, … oldest first', () => {
    const tasks = seedTasks(ref, { succeeded: 12, failed: 3, running: 1 });
    expect(tasks.map((t) => t.status[0]).join('')).toBe('ssssfssssfssssfr');
    expect(tasks.map((t) => t.generation)).toEqual(Array.from({ length: 16 }, (_, i) => String(i + 1)));
    expect(tasks.at(-1)).toMatchObject({ status: 'running', endTime: 0, progress: 42 });
  });

  it('starts on 2025-11-28 from 01:00Z every 30 minutes', () => {
    const [first, second] = seedTasks(ref, { succeeded: 2, failed: 0, running: 0 });
    expect(new Date(first?.startTime ?? 0).toISOString()).toBe('2025-11-28T01:00:00.000Z');
    expect((second?.startTime ?? 0) - (first?.startTime ?? 0)).toBe(30 * 60_000);
  });
});
