/** Acceptance: iterating 100,000 seeded tasks of the emulator yields each exactly once, also with inserts meanwhile. */
import type { FunctionTask, TotalCountChange } from '@fntasks/core';
import { type EmulatorHandle, startEmulator } from '@fntasks/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor, INSTANCE, seedTasks, T0 } from './helpers.js';

const COUNT = 100_000;

// Seeding 100,000 rows is the slow part: one emulator for both tests (the second only adds newer runs).
let emulator: EmulatorHandle;
beforeAll(async () => {
  emulator = await startEmulator({ clock: { now: T0, speed: 0 } });
  emulator.loadTasks(seedTasks(COUNT));
});
afterAll(async () => {
  await emulator.close();
});

/** Checks that `got` holds each of `run-0 … run-(count−1)` exactly once and nothing else, in newest-first order. */
function expectEachOnce(got: FunctionTask[], count: number) {
  const seen = new Uint8Array(count);
  const problems: string[] = [];
  let previousStart = Number.POSITIVE_INFINITY;
  for (const task of got) {
    const index = Number(task.runId.slice('run-'.length));
    if (!task.runId.startsWith('run-') || !Number.isInteger(index) || index >= count)
      problems.push(`foreign ${task.runId}`);
    else if (seen[index] === 1) problems.push(`twice ${task.runId}`);
    else seen[index] = 1;
    if (task.startTime > previousStart) problems.push(`out of order ${task.runId}`);
    previousStart = task.startTime;
  }
  expect(problems.slice(0, 5)).toEqual([]);
  expect(got).toHaveLength(count);
  expect(seen.every((v) => v === 1)).toBe(true);
}

describe('iterateFunctionTasks at scale against the emulator', () => {
  it('yields each of 100,000 tasks exactly once, in 1,000 pages of 100', async () => {
    const { client, requests } = clientFor(emulator);
    const iterator = client.iterateFunctionTasks({ ...INSTANCE });
    const got: FunctionTask[] = [];
    for await (const task of iterator) got.push(task);
    expectEachOnce(got, COUNT);
    expect(requests()).toBe(1000);
    expect(iterator).toMatchObject({ initialTotalCount: COUNT, totalChanged: false, duplicatesSkipped: 0 });
  });

  it('still yields each exactly once while new runs are added at the top during the iteration', async () => {
    let batch = 0;
    let requestsSeen = 0;
    // Every 7th request, 13 new runs start (newer than every seeded task), pushing everything down.
    const insertingFetch: typeof fetch = (input, init) => {
      if (++requestsSeen % 7 === 0) {
        batch++;
        emulator.loadTasks(seedTasks(13, T0 + batch * 100_000, `new-${batch}`));
      }
      return fetch(input, init);
    };
    const { client } = clientFor(emulator, { fetch: insertingFetch });
    const changes: TotalCountChange[] = [];
    const iterator = client.iterateFunctionTasks({ ...INSTANCE }, { onTotalChange: (c) => changes.push(c) });
    const got: FunctionTask[] = [];
    for await (const task of iterator) got.push(task);
    expectEachOnce(got, COUNT);
    expect(batch).toBeGreaterThan(100);
    expect(iterator.totalChanged).toBe(true);
    expect(iterator.totalCount).toBeGreaterThan(COUNT);
    expect(iterator.duplicatesSkipped).toBeGreaterThan(0);
    expect(changes.at(-1)?.totalCount).toBe(iterator.totalCount);
  });
});
