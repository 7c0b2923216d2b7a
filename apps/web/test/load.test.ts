/** The browser's loading strategy, driven with a client object standing in for core's (no module mocking). */
import type {
  FunctionTask,
  FunctionTasksClient,
  FunctionTasksPage,
  ListFunctionTasksParams,
} from '@fntasks/core';
import { describe, expect, it } from 'vitest';
import { loadAllTasks, refreshTasks } from '../src/api.js';

const task = (n: number, status = 'success'): FunctionTask => ({
  functionName: 'ctr',
  runId: `run-${n}`,
  generation: String(n),
  status,
  progress: status === 'running' ? 10 : 100,
  startTime: n * 1000,
  endTime: status === 'running' ? null : n * 1000 + 500,
  extendInfo: null,
  extendInfoRaw: null,
  warnings: [],
});

/** A service holding `store` (newest first); `afterCall` may change it between calls. */
function fakeClient(store: FunctionTask[], afterCall?: (call: number) => void) {
  const calls: number[] = [];
  const client = {
    endpoint: 'http://fake',
    async listFunctionTasks(params: ListFunctionTasksParams): Promise<FunctionTasksPage> {
      const size = params.pageSize ?? 1;
      const number = params.pageNumber ?? 1;
      calls.push(number);
      const page: FunctionTasksPage = {
        tasks: store.slice((number - 1) * size, number * size),
        totalCount: store.length,
        pageNumber: number,
        pageSize: size,
        requestId: `req-${calls.length}`,
        latency: 1,
        casing: 'camel',
        envelopeStatus: 'OK',
      };
      afterCall?.(calls.length);
      return page;
    },
  } as unknown as FunctionTasksClient;
  return { client, calls };
}

const query = { appGroupIdentity: 'a', functionName: 'ctr', instanceName: 'i' };

describe('loadAllTasks', () => {
  it('loads every page (100 at a time) in order', async () => {
    const store = Array.from({ length: 1050 }, (_, i) => task(1050 - i));
    const { client, calls } = fakeClient(store);
    const progress: number[] = [];
    const result = await loadAllTasks(client, query, {
      onProgress: (loaded) => progress.push(loaded.length),
    });
    expect(result.tasks.map((t) => t.runId)).toEqual(store.map((t) => t.runId));
    expect(calls.sort((a, b) => a - b)).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
    expect(progress[0]).toBe(100);
  });

  it('loads again once when tasks start during the load, so none is missing or repeated', async () => {
    const store = Array.from({ length: 450 }, (_, i) => task(1000 - i));
    // A new task starts right after page 1 was read: every later page is shifted by one.
    const { client } = fakeClient(store, (call) => {
      if (call === 1) store.unshift(task(5000));
    });
    const result = await loadAllTasks(client, query);
    expect(result.tasks.map((t) => t.runId)).toEqual(store.map((t) => t.runId));
    expect(result.totalCount).toBe(451);
  });
});

describe('refreshTasks', () => {
  it('reads only down to the oldest running task and merges', async () => {
    const store = Array.from({ length: 1000 }, (_, i) => task(1000 - i, i === 5 ? 'running' : 'success'));
    const { client, calls } = fakeClient(store);
    const current = (await loadAllTasks(client, query)).tasks;
    calls.length = 0;
    store[5] = task(995, 'success');
    const result = await refreshTasks(client, query, current);
    expect(calls).toEqual([1]);
    expect(result.tasks.find((t) => t.runId === 'run-995')?.status).toBe('success');
    expect(result.tasks).toHaveLength(1000);
  });
});
