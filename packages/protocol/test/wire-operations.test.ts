import { describe, expect, it } from 'vitest';
import {
  FUNCTION_OPERATION_IDS,
  FUNCTION_OPERATIONS,
  functionOperationPath,
  isFunctionOperationPath,
  matchFunctionOperation,
} from '../src/index.js';

const names = {
  appGroupIdentity: 'my app',
  functionName: 'ctr',
  instanceName: 'ctr_test',
  generation: '3',
  versionId: '101',
  resourceName: 'fg json',
};

describe('the operation table', () => {
  it('routes every operation’s own path back to it, with its segments', () => {
    for (const operationId of FUNCTION_OPERATION_IDS) {
      const { method } = FUNCTION_OPERATIONS[operationId];
      const path = functionOperationPath(operationId, names);
      const matched = matchFunctionOperation(method, path);
      expect(matched?.operationId).toBe(operationId);
      for (const { name } of FUNCTION_OPERATIONS[operationId].pathParams) {
        expect(decodeURIComponent(matched?.segments[name] ?? '')).toBe(names[name]);
      }
    }
  });

  it('tells tasks from one task and an instance from its default', () => {
    const base = '/v4/openapi/app-groups/a/functions/ctr';
    expect(matchFunctionOperation('GET', `${base}/instances/i/tasks`)?.operationId).toBe('ListFunctionTasks');
    expect(matchFunctionOperation('post', `${base}/instances/i/tasks/`)?.operationId).toBe(
      'CreateFunctionTask',
    );
    expect(matchFunctionOperation('GET', `${base}/instances/i/tasks/7`)?.operationId).toBe('GetFunctionTask');
    expect(matchFunctionOperation('DELETE', `${base}/instances/i/tasks/7`)?.operationId).toBe(
      'DeleteFunctionTask',
    );
    expect(matchFunctionOperation('GET', `${base}/instances`)?.operationId).toBe('ListFunctionInstances');
    expect(matchFunctionOperation('GET', `${base}/instances/i`)?.operationId).toBe('GetFunctionInstance');
    expect(matchFunctionOperation('GET', `${base}/default-instance`)?.operationId).toBe(
      'GetFunctionDefaultInstance',
    );
    // The page's sample request says `default-instances`; the route is singular.
    expect(matchFunctionOperation('GET', `${base}/default-instances`)).toBeNull();
    expect(matchFunctionOperation('PUT', `${base}/instances/i/tasks`)).toBeNull();
    expect(matchFunctionOperation('POST', `${base}/instances`)?.operationId).toBe('CreateFunctionInstance');
    expect(matchFunctionOperation('PUT', `${base}/instances/i`)?.operationId).toBe('UpdateFunctionInstance');
    expect(matchFunctionOperation('DELETE', `${base}/instances/i`)?.operationId).toBe(
      'DeleteFunctionInstance',
    );
    expect(matchFunctionOperation('PUT', `${base}/default-instance`)?.operationId).toBe(
      'UpdateFunctionDefaultInstance',
    );
    expect(matchFunctionOperation('GET', `${base}/resources`)?.operationId).toBe('ListFunctionResources');
    expect(matchFunctionOperation('POST', `${base}/resources`)?.operationId).toBe('CreateFunctionResource');
    expect(matchFunctionOperation('GET', `${base}/resources/r`)?.operationId).toBe('GetFunctionResource');
    expect(matchFunctionOperation('PUT', `${base}/resources/r`)?.operationId).toBe('UpdateFunctionResource');
    expect(matchFunctionOperation('DELETE', `${base}/resources/r`)?.operationId).toBe(
      'DeleteFunctionResource',
    );
    // Versions live under the function, without an app group; the page's sample path `…/version/101` is a typo.
    expect(matchFunctionOperation('GET', '/v4/openapi/functions/ctr/current-version')?.operationId).toBe(
      'GetFunctionCurrentVersion',
    );
    expect(matchFunctionOperation('GET', '/v4/openapi/functions/ctr/versions/101')?.operationId).toBe(
      'GetFunctionVersion',
    );
    expect(matchFunctionOperation('GET', '/v4/openapi/functions/ctr/version/101')).toBeNull();
    expect(matchFunctionOperation('GET', '/v4/openapi/app-groups')?.operationId).toBe('ListAppGroups');
    expect(isFunctionOperationPath(`${base}/instances/i/tasks`)).toBe(true);
    expect(isFunctionOperationPath(`${base}/instances/i/task`)).toBe(false);
  });

  it('comes from the spec: safe to repeat, paging and query parameters as the spec declares them', () => {
    expect(FUNCTION_OPERATIONS.CreateFunctionTask.safeToRepeat).toBe(false);
    expect(FUNCTION_OPERATIONS.DeleteFunctionTask.safeToRepeat).toBe(true);
    expect(FUNCTION_OPERATION_IDS.filter((id) => FUNCTION_OPERATIONS[id].paged).sort()).toEqual([
      'ListAppGroups',
      'ListFunctionInstances',
      'ListFunctionResources',
      'ListFunctionTasks',
    ]);
    const pageSize = FUNCTION_OPERATIONS.ListFunctionTasks.query.find((q) => q.name === 'pageSize');
    expect(pageSize).toMatchObject({ type: 'integer', minimum: 1, default: 1 });
    expect(FUNCTION_OPERATIONS.GetFunctionTask.pathParams[3]).toMatchObject({ name: 'generation' });
  });

  it('names a missing path parameter', () => {
    expect(() =>
      functionOperationPath('GetFunctionTask', {
        appGroupIdentity: 'a',
        functionName: 'f',
        instanceName: 'i',
      }),
    ).toThrow(/generation/);
  });
});
