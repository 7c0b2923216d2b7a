import { MAX_PAGE_SIZE } from '@fntasks/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createFunctionTasksClient,
  type FunctionTask,
  InvalidArgumentError,
  RequestAbortedError,
  type TotalCountChange,
} from '../src/index.js';
import { eventually } from './helpers.js';
import {
  INSTANCE,
  makeTask,
  makeTasks,
  startTaskListServer,
  type TaskListServer,
} from './pagination-server.js';

let server: TaskListServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function collect(iterable: AsyncIterable<FunctionTask>): Promise<FunctionTask[]> {
  const out: FunctionTask[] = [];
  for await (const task of iterable) out.push(task);
  return out;
}

function expectExactlyOnce(got: FunctionTask[], expected: readonly { runId: string }[]) {
  const ids = got.map((t) => t.runId);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids.sort()).toEqual(expected.map((t) => t.runId).sort());
}

describe('iterateFunctionTasks', () => {
  it('walks every page at the largest page size, newest first, with bounded concurrency', async () => {
    const seeded = makeTasks(1050);
    server = await startTaskListServer(seeded);
    server.beforeAnswer = () => new Promise((r) => setTimeout(r, 5));
    const client = createFunctionTasksClient({ endpoint: server.url });
    const iterator = client.iterateFunctionTasks({ ...INSTANCE });
    const tasks = await collect(iterator);
    expect(tasks.map((t) => t.runId)).toEqual(seeded.map((t) => t.runId));
    expect(server.requests.every((r) => r.pageSize === MAX_PAGE_SIZE)).toBe(true);
    expect(server.requests).toHaveLength(11);
    expect(server.maxInFlight).toBeGreaterThan(1);
    expect(server.maxInFlight).toBeLessThanOrEqual(6);
    expect(iterator).toMatchObject({
      initialTotalCount: 1050,
      totalCount: 1050,
      totalChanged: false,
      pagesFetched: 11,
    });
  });

  it('respects a concurrency of 1', async () => {
    server = await startTaskListServer(makeTasks(450));
    server.beforeAnswer = () => new Promise((r) => setTimeout(r, 2));
    const client = createFunctionTasksClient({ endpoint: server.url });
    const tasks = await collect(client.iterateFunctionTasks({ ...INSTANCE }, { concurrency: 1 }));
    expect(tasks).toHaveLength(450);
    expect(server.maxInFlight).toBe(1);
  });

  it('stops at limit without fetching pages it does not need', async () => {
    server = await startTaskListServer(makeTasks(1000));
    const client = createFunctionTasksClient({ endpoint: server.url });
    const tasks = await collect(client.iterateFunctionTasks({ ...INSTANCE, limit: 150 }));
    expect(tasks).toHaveLength(150);
    expect(server.requests.map((r) => r.pageNumber).sort()).toEqual([1, 2]);
    const few = await client.listAllFunctionTasks({ ...INSTANCE, limit: 7 });
    expect(few).toHaveLength(7);
    expect(server.requests.at(-1)?.pageSize).toBe(7);
  });

  it('passes the filters on every page', async () => {
    const seeded = makeTasks(300).map((t, i) => ({ ...t, status: i % 3 === 0 ? 'failed' : 'success' }));
    server = await startTaskListServer(seeded);
    const client = createFunctionTasksClient({ endpoint: server.url });
    const failed = await client.listAllFunctionTasks({ ...INSTANCE, status: 'failed', pageSize: 30 });
    expect(failed).toHaveLength(100);
    expect(failed.every((t) => t.status === 'failed')).toBe(true);
    expect(server.requests.every((r) => r.url.searchParams.get('status') === 'failed')).toBe(true);
  });

  it('yields each task once while new runs are inserted at the top, and reports the total change', async () => {
    const seeded = makeTasks(1000);
    server = await startTaskListServer(seeded);
    let newest = 1_800_000_000_000;
    // Before every page after the first, 37 new runs start (they push everything down by 37).
    server.beforeAnswer = (request) => {
      if (request.pageNumber > 1) server?.insert(...Array.from({ length: 37 }, () => makeTask(newest++)));
    };
    const client = createFunctionTasksClient({ endpoint: server.url });
    const changes: TotalCountChange[] = [];
    const iterator = client.iterateFunctionTasks({ ...INSTANCE }, { onTotalChange: (c) => changes.push(c) });
    const tasks = await collect(iterator);
    expectExactlyOnce(tasks, seeded);
    expect(iterator.totalChanged).toBe(true);
    expect(iterator.duplicatesSkipped).toBeGreaterThan(0);
    expect(changes.length).toBeGreaterThan(0);
    expect(changes[0]).toMatchObject({ initialTotalCount: 1000, previousTotalCount: 1000 });
    expect(changes.at(-1)?.totalCount).toBe(iterator.totalCount);
  });

  it('closes the gap when a page fetched ahead predates a shift its predecessor saw', async () => {
    const seeded = makeTasks(500);
    server = await startTaskListServer(seeded);
    let inserted = false;
    // Page 2 is held back, runs are added, then page 2 answers (shifted); pages 3-5 answered before the insert.
    server.beforeAnswer = async (request) => {
      if (request.pageNumber === 2 && !inserted) {
        await new Promise((r) => setTimeout(r, 60));
        server?.insert(...Array.from({ length: 30 }, (_, i) => makeTask(1_900_000_000_000 + i)));
        inserted = true;
      }
    };
    const client = createFunctionTasksClient({ endpoint: server.url });
    const iterator = client.iterateFunctionTasks({ ...INSTANCE }, { concurrency: 4 });
    const tasks = await collect(iterator);
    expectExactlyOnce(tasks, seeded);
    // Page 3 was fetched a second time.
    expect(server.requests.filter((r) => r.pageNumber === 3).length).toBe(2);
  });

  it('handles ties in start time across a page boundary', async () => {
    const seeded = Array.from({ length: 250 }, () => makeTask(1_700_000_000_000));
    server = await startTaskListServer(seeded);
    const client = createFunctionTasksClient({ endpoint: server.url });
    expectExactlyOnce(await client.listAllFunctionTasks({ ...INSTANCE }), seeded);
  });

  it('returns nothing for an empty list after one request', async () => {
    server = await startTaskListServer([]);
    const client = createFunctionTasksClient({ endpoint: server.url });
    expect(await client.listAllFunctionTasks({ ...INSTANCE })).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it('cancels pages fetched ahead when the caller stops early', async () => {
    const held = await startTaskListServer(makeTasks(1000));
    server = held;
    held.beforeAnswer = (request) =>
      request.pageNumber > 2 ? new Promise((r) => setTimeout(r, 8_000)) : undefined;
    const client = createFunctionTasksClient({ endpoint: server.url });
    const started = performance.now();
    let count = 0;
    for await (const _ of client.iterateFunctionTasks({ ...INSTANCE })) {
      if (++count === 150) break;
    }
    // Well under the 8 s the pages fetched ahead would take: breaking out did not wait for them.
    expect(performance.now() - started).toBeLessThan(6_000);
    // The server sees the pages fetched ahead given up (their sockets closed) once the client lets go of them.
    await eventually(() => held.abandoned > 0);
    expect(held.abandoned).toBeGreaterThan(0);
  });

  it('rejects with RequestAbortedError when the signal fires mid-iteration', async () => {
    server = await startTaskListServer(makeTasks(500));
    server.beforeAnswer = () => new Promise((r) => setTimeout(r, 20));
    const client = createFunctionTasksClient({ endpoint: server.url });
    const controller = new AbortController();
    let count = 0;
    const run = async () => {
      for await (const _ of client.iterateFunctionTasks({ ...INSTANCE }, { signal: controller.signal })) {
        if (++count === 150) controller.abort();
      }
    };
    await expect(run()).rejects.toBeInstanceOf(RequestAbortedError);
    expect(count).toBeLessThan(300);
  });

  it('rejects pageNumber and a bad limit before any request', async () => {
    server = await startTaskListServer([]);
    const client = createFunctionTasksClient({ endpoint: server.url });
    expect(() => client.iterateFunctionTasks({ ...INSTANCE, pageNumber: 2 } as never)).toThrow(
      InvalidArgumentError,
    );
    expect(() => client.iterateFunctionTasks({ ...INSTANCE, limit: 0 })).toThrow(/limit: 0/);
    expect(() => client.iterateFunctionTasks({ ...INSTANCE }, { concurrency: 99 })).toThrow(
      /concurrency: 99/,
    );
    expect(server.requests).toHaveLength(0);
  });
});
