import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFunctionTasksClient, RequestAbortedError, RequestTimeoutError } from '../src/index.js';
import { CallScope } from '../src/timeout.js';
import { eventually } from './helpers.js';
import {
  activeTimers,
  INSTANCE,
  makeTasks,
  startTaskListServer,
  type TaskListServer,
} from './pagination-server.js';

let server: TaskListServer;
beforeEach(async () => {
  server = await startTaskListServer(makeTasks(3));
});
afterEach(async () => {
  await server.close();
});

/** Resolves once `check` holds, polling every 5 ms, or fails after `ms`. */
/** Tracks whether a promise settled, and how. */
function track<T>(promise: Promise<T>) {
  const state = { settled: 'pending' as 'pending' | 'resolved' | 'rejected', error: undefined as unknown };
  promise.then(
    () => {
      state.settled = 'resolved';
    },
    (error: unknown) => {
      state.settled = 'rejected';
      state.error = error;
    },
  );
  return state;
}

describe('timeouts and cancellation', () => {
  it('times out a request that never answers, promptly, closing the socket and clearing its timer', async () => {
    const client = createFunctionTasksClient({ endpoint: server.url, timeoutMs: 150 });
    // One answered call first: the HTTP engine is loaded lazily, and a busy machine can take 150 ms for that alone.
    await client.listFunctionTasks(INSTANCE, { timeoutMs: 10_000 });
    server.faults.push('hang');
    const timersBefore = activeTimers();
    const started = performance.now();
    const error = await client.listFunctionTasks(INSTANCE).catch((e: unknown) => e);
    const elapsed = performance.now() - started;
    expect(error).toBeInstanceOf(RequestTimeoutError);
    expect((error as RequestTimeoutError).timeoutMs).toBe(150);
    expect(elapsed).toBeGreaterThanOrEqual(145);
    // The server never answers: ending at all, long before the 20 s test timeout, is the timeout's doing.
    expect(elapsed).toBeLessThan(10_000);
    // The client's side of the connection is closed: the server sees it go.
    await eventually(() => server.abandoned === 1);
    expect(server.requests).toHaveLength(2);
    expect(activeTimers()).toBeLessThanOrEqual(timersBefore);
  });

  it('ends overlapping calls each at its own deadline (one shared timer, re-armed for an earlier deadline)', async () => {
    server.faults.push('hang', 'hang', 'hang');
    const client = createFunctionTasksClient({ endpoint: server.url, retry: { maxAttempts: 1 } });
    const started = performance.now();
    const settledAt = (timeoutMs: number) =>
      client.listFunctionTasks(INSTANCE, { timeoutMs }).then(
        () => Number.NaN,
        (error: unknown) => {
          expect(error).toBeInstanceOf(RequestTimeoutError);
          expect((error as RequestTimeoutError).timeoutMs).toBe(timeoutMs);
          return performance.now() - started;
        },
      );
    // The longest first: the shorter ones arrive later with earlier deadlines.
    const [slow, middle, fast] = await Promise.all([settledAt(900), settledAt(450), settledAt(120)]);
    expect(fast).toBeGreaterThanOrEqual(115);
    expect(middle).toBeGreaterThanOrEqual(445);
    expect(slow).toBeGreaterThanOrEqual(895);
    // In the order of their deadlines, and the short one long before the long one's deadline.
    expect(fast).toBeLessThan(middle);
    expect(middle).toBeLessThan(slow);
    expect(fast).toBeLessThan(900);
  });

  it('lets a per-call timeoutMs override the client default', async () => {
    server.faults.push('hang');
    const client = createFunctionTasksClient({ endpoint: server.url, timeoutMs: 60_000 });
    const error = await client.listFunctionTasks(INSTANCE, { timeoutMs: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestTimeoutError);
    expect((error as RequestTimeoutError).timeoutMs).toBe(50);
  });

  it('aborts an in-flight request with RequestAbortedError and closes its socket', async () => {
    server.faults.push('hang');
    const timersBefore = activeTimers();
    const client = createFunctionTasksClient({ endpoint: server.url });
    const controller = new AbortController();
    const call = client.listFunctionTasks(INSTANCE, { signal: controller.signal });
    const state = track(call);
    await eventually(() => server.requests.length === 1);
    const abortedAt = performance.now();
    controller.abort(new Error('user pressed stop'));
    await call.catch(() => {});
    // The server never answers and the client's own timeout is 30 s: the abort ended it.
    expect(performance.now() - abortedAt).toBeLessThan(10_000);
    expect(state.settled).toBe('rejected');
    expect(state.error).toBeInstanceOf(RequestAbortedError);
    expect((state.error as Error).cause).toMatchObject({ message: 'user pressed stop' });
    await eventually(() => server.abandoned === 1);
    // The client's default 30 s timeout timer is gone too.
    expect(activeTimers()).toBeLessThanOrEqual(timersBefore);
  });

  it('aborts while waiting between retries, without waiting out the backoff', async () => {
    server.faults.push('throttle', 'throttle');
    server.faultHeaders = { 'x-acs-retry-after': '5000' };
    const timersBefore = activeTimers();
    const client = createFunctionTasksClient({ endpoint: server.url, retry: { maxElapsedMs: 60_000 } });
    const controller = new AbortController();
    const call = client.listFunctionTasks(INSTANCE, { signal: controller.signal });
    await eventually(() => server.requests.length === 1);
    await new Promise((r) => setTimeout(r, 30));
    const abortedAt = performance.now();
    controller.abort();
    await expect(call).rejects.toBeInstanceOf(RequestAbortedError);
    // Well under the 5 s retry-after: the abort cut the backoff short.
    expect(performance.now() - abortedAt).toBeLessThan(4_000);
    expect(server.requests).toHaveLength(1);
    expect(activeTimers()).toBeLessThanOrEqual(timersBefore);
  });

  it('rejects at once, sending nothing, when the signal is already aborted', async () => {
    const client = createFunctionTasksClient({ endpoint: server.url });
    await expect(client.listFunctionTasks(INSTANCE, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(
      RequestAbortedError,
    );
    expect(server.requests).toHaveLength(0);
  });

  it('never resolves later, even with a fetch that ignores the signal', async () => {
    const stubborn: typeof fetch = async (input) => {
      await new Promise((r) => setTimeout(r, 5_000));
      return fetch(input instanceof Request ? input.url : String(input));
    };
    const client = createFunctionTasksClient({ endpoint: server.url, fetch: stubborn, timeoutMs: 40 });
    const call = client.listFunctionTasks({ ...INSTANCE, pageSize: 3 });
    const state = track(call);
    const started = performance.now();
    await call.catch(() => {});
    // Well under the stubborn fetch's 5 s: the timeout settled the call, not the fetch.
    expect(performance.now() - started).toBeLessThan(4_000);
    expect(state.error).toBeInstanceOf(RequestTimeoutError);
    await new Promise((r) => setTimeout(r, 5_200));
    expect(state.settled).toBe('rejected');
    // The stubborn fetch did complete underneath; its answer was dropped. (Polled: on a loaded machine its
    // request can reach the server a little after the 5.2 s mark.)
    await vi.waitFor(() => expect(server.requests).toHaveLength(1), { timeout: 5_000 });
  });

  it('validates timeoutMs', async () => {
    expect(() => createFunctionTasksClient({ endpoint: server.url, timeoutMs: -1 })).toThrow(/timeoutMs: -1/);
    const client = createFunctionTasksClient({ endpoint: server.url });
    await expect(client.listFunctionTasks(INSTANCE, { timeoutMs: Number.NaN })).rejects.toThrow(
      /timeoutMs: NaN/,
    );
  });
});

describe('the call scope', () => {
  it('cancels through the hook set last; a late removal of an earlier hook leaves it in place', async () => {
    const controller = new AbortController();
    const scope = new CallScope(controller.signal, undefined);
    const heard: string[] = [];
    const first = () => heard.push('first');
    const second = () => heard.push('second');
    scope.onCancel(first);
    scope.onCancel(second);
    scope.offCancel(first);
    controller.abort();
    expect(heard).toEqual(['second']);
    expect(scope.ended).toBeInstanceOf(RequestAbortedError);
    // A signal asked for after the end is already aborted, with the same reason.
    expect(scope.signal.aborted).toBe(true);
    expect(scope.signal.reason).toBe(scope.ended);
  });

  it('ends at its deadline through the shared timer, and not once disposed', async () => {
    const ending = new CallScope(undefined, 30);
    const kept = new CallScope(undefined, 30);
    kept.dispose();
    await new Promise((r) => setTimeout(r, 120));
    expect(ending.ended).toBeInstanceOf(RequestTimeoutError);
    expect(kept.ended).toBeNull();
  });
});

describe('a deadline beyond what one timer can wait', () => {
  it('neither ends the call early nor spins: the shared timer waits its longest and re-arms', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on('warning', onWarning);
    try {
      const far = new CallScope(undefined, 2 ** 33);
      const near = new CallScope(undefined, 40);
      await new Promise((r) => setTimeout(r, 150));
      expect(near.ended).toBeInstanceOf(RequestTimeoutError);
      expect(far.ended).toBeNull();
      far.dispose();
      expect(warnings).not.toContain('TimeoutOverflowWarning');
    } finally {
      process.off('warning', onWarning);
    }
  });
});
