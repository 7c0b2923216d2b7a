/**
 * The browser's loading strategy against a real emulator through core's real client: all pages through
 * core's iterateFunctionTasks (its total-change reporting reaches the UI), and the refresh of the newest pages.
 */

import { createFunctionTasksClient } from '@fntasks/core';
import { type EmulatorHandle, startEmulator } from '@fntasks/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAllTasks, refreshTasks } from '../src/api.js';
import { type LoadTask, makeTasks } from './helpers.js';

let emulator: EmulatorHandle;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, host: '127.0.0.1' });
});
afterAll(() => emulator?.close());

/** A core client whose fetch counts page requests and may act after each answer. */
function client(afterAnswer?: (call: number) => Promise<void> | void) {
  const pages: number[] = [];
  const c = createFunctionTasksClient({
    endpoint: emulator.url,
    fetch: async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      pages.push(Number(url.searchParams.get('pageNumber')));
      const res = await fetch(input, init);
      await afterAnswer?.(pages.length);
      return res;
    },
  });
  return { client: c, pages };
}

describe('loadAllTasks', () => {
  it('loads every page (100 at a time) through core, newest first, reporting progress per page', async () => {
    const names = { appGroupIdentity: 'load', functionName: 'ctr', instanceName: 'all' };
    const seeded = makeTasks(1050, names);
    await emulator.loadTasks(seeded);
    const { client: c, pages } = client();
    const progress: number[] = [];
    const result = await loadAllTasks(c, names, { onProgress: (p) => progress.push(p.loaded.length) });
    expect(result.tasks.map((t) => t.runId)).toEqual(seeded.map((t) => t.runId).reverse());
    expect(pages.sort((a, b) => a - b)).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
    expect(progress[0]).toBe(100);
    expect(result.totalDrift).toBe(0);
  });

  it('reports tasks that start during the load (core’s total change) and repeats none', async () => {
    const names = { appGroupIdentity: 'load', functionName: 'ctr', instanceName: 'shift' };
    const now = Date.now();
    const seeded = makeTasks(450, names, now - 3_600_000);
    await emulator.loadTasks(seeded);
    // A new task starts right after page 1 was answered: every later page is shifted by one.
    const { client: c } = client(async (call) => {
      if (call === 1)
        await emulator.loadTasks([
          {
            ...(seeded[0] as LoadTask),
            runId: 'new-run',
            generation: '9999',
            startTime: now,
            endTime: now + 1,
          },
        ]);
    });
    const result = await loadAllTasks(c, names);
    const ids = result.tasks.map((t) => t.runId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of seeded) expect(ids).toContain(t.runId);
    expect(result.totalDrift).toBe(1);
    expect(result.totalCount).toBe(451);
  });
});

describe('refreshTasks', () => {
  it('reads only down to the oldest running task and merges', async () => {
    const names = { appGroupIdentity: 'load', functionName: 'ctr', instanceName: 'refresh' };
    const now = Date.now();
    const seeded = makeTasks(1000, names, now - 60_000);
    await emulator.loadTasks([
      ...seeded,
      {
        ...(seeded[0] as LoadTask),
        ...names,
        runId: 'live',
        generation: '1001',
        status: 'running',
        progress: 0,
        startTime: now - 1000,
        endTime: 0,
        outcome: 'success',
        durationMs: 60_000,
      },
    ]);
    const { client: c, pages } = client();
    const current = (await loadAllTasks(c, names)).tasks;
    pages.length = 0;
    const result = await refreshTasks(c, names, current);
    expect(pages).toEqual([1]);
    expect(result.tasks).toHaveLength(1001);
    expect(result.tasks[0]?.runId).toBe('live');
  });
});
