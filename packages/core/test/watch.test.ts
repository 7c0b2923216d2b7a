import { afterEach, describe, expect, it } from 'vitest';
import {
  createFunctionTasksClient,
  type FunctionTask,
  InvalidArgumentError,
  RequestAbortedError,
  TaskFailedError,
  WaitTimeoutError,
} from '../src/index.js';
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

const FAST = { intervalMs: 10, maxIntervalMs: 40 };

describe('watchFunctionTask / waitForFunctionTask', () => {
  it('yields each change of a running task and returns the final one', async () => {
    const run = makeTask(1_800_000_000_000, { status: 'running', progress: 10, endTime: 0 });
    server = await startTaskListServer([run, ...makeTasks(20)]);
    let polls = 0;
    server.beforeAnswer = () => {
      polls++;
      if (polls === 3) server?.setTask(run.runId, { progress: 50 });
      if (polls === 6)
        server?.setTask(run.runId, { progress: 100, status: 'success', endTime: run.startTime + 5000 });
    };
    const client = createFunctionTasksClient({ endpoint: server.url });
    const watch = client.watchFunctionTask({ ...INSTANCE, runId: run.runId }, FAST);
    const seen: FunctionTask[] = [];
    let step = await watch.next();
    while (!step.done) {
      seen.push(step.value);
      step = await watch.next();
    }
    expect(seen.map((t) => [t.status, t.progress])).toEqual([
      ['running', 10],
      ['running', 50],
      ['success', 100],
    ]);
    expect(step.value).toMatchObject({ runId: run.runId, status: 'success', endTime: run.startTime + 5000 });
    // After the first find, polls ask only for tasks that started at or after the run.
    const later = server.requests.slice(1);
    expect(later.every((r) => r.url.searchParams.get('startTime') === String(run.startTime - 1))).toBe(true);
  });

  it('finds a run by generation deep in the list (early stop after it)', async () => {
    const tasks = makeTasks(350);
    const target = tasks[234] as (typeof tasks)[number];
    server = await startTaskListServer(tasks);
    const client = createFunctionTasksClient({ endpoint: server.url });
    const task = await client.waitForFunctionTask(
      { ...INSTANCE, generation: Number(target.generation) },
      FAST,
    );
    expect(task.runId).toBe(target.runId);
    expect(server.requests.map((r) => r.pageNumber)).toEqual([1, 2, 3]);
  });

  it('rejects with TaskFailedError carrying the task', async () => {
    const run = makeTask(1_800_000_000_000, { status: 'running', progress: 30, endTime: 0 });
    server = await startTaskListServer([run]);
    server.beforeAnswer = () => {
      if (server && server.requests.length >= 2)
        server.setTask(run.runId, { status: 'failed', endTime: run.startTime + 1 });
    };
    const client = createFunctionTasksClient({ endpoint: server.url });
    const updates: FunctionTask[] = [];
    const error = await client
      .waitForFunctionTask({ ...INSTANCE, runId: run.runId }, { ...FAST, onUpdate: (t) => updates.push(t) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TaskFailedError);
    expect((error as TaskFailedError).task).toMatchObject({
      runId: run.runId,
      status: 'failed',
      progress: 30,
    });
    expect(updates.map((t) => t.status)).toEqual(['running', 'failed']);
  });

  it('rejects with WaitTimeoutError carrying the last task seen', async () => {
    const run = makeTask(1_800_000_000_000, { status: 'running', progress: 42, endTime: 0 });
    server = await startTaskListServer([run]);
    const client = createFunctionTasksClient({ endpoint: server.url });
    const started = performance.now();
    const error = await client
      .waitForFunctionTask({ ...INSTANCE, runId: run.runId }, { ...FAST, timeoutMs: 150 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect((error as WaitTimeoutError).lastTask).toMatchObject({ runId: run.runId, progress: 42 });
    // The task never finishes: ending at all, long before the test timeout, is the 150 ms timeout's doing.
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('waits for a run that is not listed yet, backing off while nothing is there', async () => {
    server = await startTaskListServer(makeTasks(5));
    const client = createFunctionTasksClient({ endpoint: server.url });
    const pending = client.waitForFunctionTask(
      { ...INSTANCE, runId: 'late-run' },
      { intervalMs: 10, maxIntervalMs: 30, timeoutMs: 3000 },
    );
    setTimeout(() => {
      server?.insert(
        makeTask(1_900_000_000_000, { runId: 'late-run', status: 'running', endTime: 0, progress: 0 }),
      );
      setTimeout(
        () => server?.setTask('late-run', { status: 'success', progress: 100, endTime: 1_900_000_001_000 }),
        60,
      );
    }, 120);
    const task = await pending;
    expect(task).toMatchObject({ runId: 'late-run', status: 'success' });
    // Polls while the run was missing grew apart (10, 15, 23, 30 ms…), so far fewer than 120 / 10.
    expect(server.requests.length).toBeLessThan(12);
  });

  it('times out with lastTask null when the run never shows up', async () => {
    server = await startTaskListServer(makeTasks(3));
    const client = createFunctionTasksClient({ endpoint: server.url });
    const error = await client
      .waitForFunctionTask({ ...INSTANCE, runId: 'ghost' }, { ...FAST, timeoutMs: 80 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect((error as WaitTimeoutError).lastTask).toBeNull();
  });

  it('keeps polling through throttling that outlasts the client retries', async () => {
    const run = makeTask(1_800_000_000_000, { status: 'running', progress: 5, endTime: 0 });
    server = await startTaskListServer([run]);
    server.faults.push('throttle', 'throttle', 'throttle');
    server.beforeAnswer = () =>
      server?.setTask(run.runId, { status: 'success', progress: 100, endTime: run.startTime + 1 });
    const client = createFunctionTasksClient({ endpoint: server.url, retry: false });
    const task = await client.waitForFunctionTask({ ...INSTANCE, runId: run.runId }, FAST);
    expect(task.status).toBe('success');
    expect(server.requests).toHaveLength(4);
  });

  it('tells onPoll about each poll, with the error of each failed one it rides out', async () => {
    const run = makeTask(1_800_000_000_000, { status: 'running', progress: 5, endTime: 0 });
    server = await startTaskListServer([run]);
    server.faults.push('throttle', 'throttle');
    server.beforeAnswer = () =>
      server?.setTask(run.runId, { status: 'success', progress: 100, endTime: run.startTime + 1 });
    const client = createFunctionTasksClient({ endpoint: server.url, retry: false });
    const seen: unknown[] = [];
    const task = await client.waitForFunctionTask(
      { ...INSTANCE, runId: run.runId },
      { ...FAST, onPoll: (error) => seen.push(error) },
    );
    expect(task.status).toBe('success');
    expect(seen).toHaveLength(3);
    expect(String(seen[0])).toMatch(/Throttling/);
    expect(String(seen[1])).toMatch(/Throttling/);
    expect(seen[2]).toBeUndefined();
  });

  it('stops on abort with RequestAbortedError', async () => {
    const run = makeTask(1_800_000_000_000, { status: 'running', progress: 5, endTime: 0 });
    server = await startTaskListServer([run]);
    const client = createFunctionTasksClient({ endpoint: server.url });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 60);
    await expect(
      client.waitForFunctionTask({ ...INSTANCE, runId: run.runId }, { ...FAST, signal: controller.signal }),
    ).rejects.toBeInstanceOf(RequestAbortedError);
  });

  it('needs a runId or a generation', async () => {
    server = await startTaskListServer([]);
    const client = createFunctionTasksClient({ endpoint: server.url });
    await expect(client.waitForFunctionTask({ ...INSTANCE })).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(server.requests).toHaveLength(0);
  });
});
