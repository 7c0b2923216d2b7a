import { createFunctionTasksClient } from '@fntasks/core';
import { describe, expect, it } from 'vitest';
import type { LoadTask } from '../src/index.js';
import { listRaw, runIds, startTestEmulator, T0, task } from './helpers.js';

const MIN = 60_000;
// Expected newest-first order: r5, r4 (running), r3-b, r3-a (same start: run id breaks the tie), r2, r1.
const FIXTURE: LoadTask[] = [
  task(1, { runId: 'r1' }),
  task(2, {
    runId: 'r2',
    status: 'failed',
    progress: 40,
    endTime: T0 + 3 * MIN,
    extendInfo: { errors: ['OOM'] },
  }),
  task(3, { runId: 'r3-a' }),
  task(3, { runId: 'r3-b' }),
  task(4, { runId: 'r4', status: 'running', progress: 10, endTime: 0 }),
  task(5, { runId: 'r5' }),
];

// Both insert orders must give the same answers: appends get positions directly, older tasks force a renumber.
const ORDERS: [string, LoadTask[][]][] = [
  ['one batch', [FIXTURE]],
  ['newest first, older later', [FIXTURE.slice(4), FIXTURE.slice(0, 2), FIXTURE.slice(2, 4)]],
  ['one by one, reversed', [...FIXTURE].reverse().map((t) => [t])],
];

describe.each(ORDERS)('ListFunctionTasks filters and paging (%s)', (_, batches) => {
  async function start() {
    const handle = await startTestEmulator();
    for (const batch of batches) handle.loadTasks(batch);
    return handle;
  }

  it('defaults to page 1 of size 1: the newest task, with the full totalCount', async () => {
    const h = await start();
    const res = await listRaw(h);
    expect(res.status).toBe(200);
    expect(res.json.totalCount).toBe(6);
    expect(runIds(res.json)).toEqual(['r5']);
  });

  it('orders newest first by startTime, ties by run id descending', async () => {
    const h = await start();
    const res = await listRaw(h, { pageSize: 100 });
    expect(runIds(res.json)).toEqual(['r5', 'r4', 'r3-b', 'r3-a', 'r2', 'r1']);
  });

  it('pages through the same order, and a page past the end is empty with the total', async () => {
    const h = await start();
    const pages = await Promise.all([1, 2, 3].map((pageNumber) => listRaw(h, { pageSize: 4, pageNumber })));
    expect(pages.map((p) => runIds(p.json))).toEqual([['r5', 'r4', 'r3-b', 'r3-a'], ['r2', 'r1'], []]);
    expect(pages.map((p) => p.json.totalCount)).toEqual([6, 6, 6]);
  });

  it('filters by status, with paging inside the filtered sequence', async () => {
    const h = await start();
    expect(runIds((await listRaw(h, { status: 'success', pageSize: 10 })).json)).toEqual([
      'r5',
      'r3-b',
      'r3-a',
      'r1',
    ]);
    const page2 = await listRaw(h, { status: 'success', pageSize: 3, pageNumber: 2 });
    expect(runIds(page2.json)).toEqual(['r1']);
    expect(page2.json.totalCount).toBe(4);
    expect(runIds((await listRaw(h, { status: 'running' })).json)).toEqual(['r4']);
    expect((await listRaw(h, { status: 'failed' })).json.totalCount).toBe(1);
  });

  it('startTime keeps tasks started strictly after it', async () => {
    const h = await start();
    const equal = await listRaw(h, { startTime: T0 + 3 * MIN, pageSize: 10 });
    expect(runIds(equal.json)).toEqual(['r5', 'r4']);
    expect(equal.json.totalCount).toBe(2);
    const before = await listRaw(h, { startTime: T0 + 3 * MIN - 1, pageSize: 10 });
    expect(runIds(before.json)).toEqual(['r5', 'r4', 'r3-b', 'r3-a']);
    const withStatus = await listRaw(h, {
      startTime: T0 + 2 * MIN,
      status: 'success',
      pageSize: 2,
      pageNumber: 2,
    });
    expect(runIds(withStatus.json)).toEqual(['r3-a']);
    expect(withStatus.json.totalCount).toBe(3);
    expect((await listRaw(h, { startTime: T0 + 9 * MIN })).json).toMatchObject({ totalCount: 0, result: [] });
  });

  it('endTime keeps tasks ended strictly before it and never running ones', async () => {
    const h = await start();
    const res = await listRaw(h, { endTime: T0 + 3 * MIN + 30_000, pageSize: 10 });
    expect(runIds(res.json)).toEqual(['r2', 'r1']);
    expect(res.json.totalCount).toBe(2);
    const late = await listRaw(h, { endTime: T0 + 99 * MIN, pageSize: 10 });
    expect(runIds(late.json)).toEqual(['r5', 'r3-b', 'r3-a', 'r2', 'r1']);
    expect((await listRaw(h, { endTime: T0 + 99 * MIN, status: 'running' })).json).toMatchObject({
      totalCount: 0,
      result: [],
    });
  });

  it('combines startTime, endTime, status and paging', async () => {
    const h = await start();
    const res = await listRaw(h, { startTime: T0 + MIN, endTime: T0 + 4 * MIN, pageSize: 2 });
    expect(runIds(res.json)).toEqual(['r3-b', 'r3-a']);
    expect(res.json.totalCount).toBe(3);
    const p2 = await listRaw(h, { startTime: T0 + MIN, endTime: T0 + 4 * MIN, pageSize: 2, pageNumber: 2 });
    expect(runIds(p2.json)).toEqual(['r2']);
    const failed = await listRaw(h, { startTime: T0, endTime: T0 + 4 * MIN, status: 'failed' });
    expect(runIds(failed.json)).toEqual(['r2']);
  });
});

describe('ListFunctionTasks through @fntasks/core', () => {
  it('the core client reads the emulator: running endTime 0 becomes null, extendInfo is parsed', async () => {
    const h = await startTestEmulator();
    h.loadTasks(FIXTURE);
    const client = createFunctionTasksClient({ endpoint: h.url });
    const page = await client.listFunctionTasks({
      appGroupIdentity: 'app',
      functionName: 'ctr',
      instanceName: 'inst',
      pageSize: 3,
    });
    expect(page.totalCount).toBe(6);
    expect(page.casing).toBe('camel');
    expect(page.envelopeStatus).toBe('OK');
    expect(page.tasks.map((t) => t.runId)).toEqual(['r5', 'r4', 'r3-b']);
    const running = page.tasks[1];
    expect(running).toMatchObject({ status: 'running', endTime: null, generation: '4', warnings: [] });
    expect(page.tasks[0]?.extendInfo).toEqual({ recall: 90, errors: [] });
    const filtered = await client.listFunctionTasks({
      appGroupIdentity: 'app',
      functionName: 'ctr',
      instanceName: 'inst',
      status: 'failed',
      startTime: new Date(T0),
    });
    expect(filtered.tasks.map((t) => t.runId)).toEqual(['r2']);
  });

  it('every page of a seeded instance matches a full sort, with and without a status filter', async () => {
    const h = await startTestEmulator({ seed: 7 });
    const client = createFunctionTasksClient({ endpoint: h.url });
    const names = { appGroupIdentity: 'my-app', functionName: 'ctr', instanceName: 'ctr_test' };
    const all = [];
    for (let pageNumber = 1; ; pageNumber += 1) {
      const page = await client.listFunctionTasks({ ...names, pageSize: 100, pageNumber });
      all.push(...page.tasks);
      if (page.tasks.length < 100) break;
    }
    expect(all.length).toBe(
      h.listInstances().instances.find((i) => i.instanceName === 'ctr_test')?.taskCount,
    );
    const sorted = [...all].sort((a, b) => b.startTime - a.startTime || (a.runId < b.runId ? 1 : -1));
    expect(all.map((t) => t.runId)).toEqual(sorted.map((t) => t.runId));
    const failed = all.filter((t) => t.status === 'failed');
    const page3 = await client.listFunctionTasks({ ...names, status: 'failed', pageSize: 7, pageNumber: 3 });
    expect(page3.totalCount).toBe(failed.length);
    expect(page3.tasks.map((t) => t.runId)).toEqual(failed.slice(14, 21).map((t) => t.runId));
  });
});
