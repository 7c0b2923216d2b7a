/** Acceptance: the core client against the emulator's injected faults. */
import {
  FunctionTasksApiError,
  MalformedResponseError,
  NetworkError,
  RequestAbortedError,
  RequestTimeoutError,
} from '@fntasks/core';
import { describe, expect, it } from 'vitest';
import { activeTimers, clientFor, INSTANCE, seedTasks, startTestEmulator } from './helpers.js';

const FAST = { maxAttempts: 4, baseDelayMs: 5, maxDelayMs: 20, maxElapsedMs: 10_000 };

describe('resilience against the emulator', () => {
  it('throttled, then OK: succeeds after retries, waiting x-acs-retry-after', async () => {
    const emulator = await startTestEmulator();
    emulator.loadTasks(seedTasks(5));
    emulator.setFaults({ retryAfterMs: 50, next: [{ kind: 'throttle', count: 2 }] });
    const { client, events, requests } = clientFor(emulator, { retry: FAST });
    const started = performance.now();
    const page = await client.listFunctionTasks({ ...INSTANCE, pageSize: 5 });
    expect(page.tasks.map((t) => t.runId)).toEqual(['run-0', 'run-1', 'run-2', 'run-3', 'run-4']);
    expect(requests()).toBe(3);
    expect(performance.now() - started).toBeGreaterThanOrEqual(95);
    const retries = events.filter((e) => e.type === 'retry');
    expect(retries.map((e) => e.type === 'retry' && e.error.code)).toEqual([
      'Throttling.User',
      'Throttling.User',
    ]);
  });

  it('HTML 502: a typed MalformedResponseError after the retries', async () => {
    const emulator = await startTestEmulator();
    emulator.setFaults({ next: [{ kind: 'html-502', count: 10 }] });
    const { client, requests } = clientFor(emulator, { retry: { ...FAST, maxAttempts: 3 } });
    const error = await client.listFunctionTasks(INSTANCE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(error).toMatchObject({ httpStatus: 502, attempts: 3 });
    expect((error as MalformedResponseError).bodySnippet).toContain('502 Bad Gateway');
    expect(requests()).toBe(3);
  });

  it('dropped connection: retried, then answered', async () => {
    const emulator = await startTestEmulator();
    emulator.loadTasks(seedTasks(2));
    emulator.setFaults({ next: [{ kind: 'drop', count: 2 }] });
    const { client, requests } = clientFor(emulator, { retry: FAST });
    const page = await client.listFunctionTasks({ ...INSTANCE, pageSize: 10 });
    expect(page.totalCount).toBe(2);
    expect(requests()).toBe(3);
  });

  it('dropped on every attempt: NetworkError with the attempts', async () => {
    const emulator = await startTestEmulator();
    emulator.setFaults({ next: [{ kind: 'drop', count: 10 }] });
    const { client } = clientFor(emulator, { retry: { ...FAST, maxAttempts: 2 } });
    const error = await client.listFunctionTasks(INSTANCE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ attempts: 2 });
  });

  it('truncated body: a typed MalformedResponseError (cut short), and a retry when it passes', async () => {
    const emulator = await startTestEmulator();
    emulator.loadTasks(seedTasks(3));
    emulator.setFaults({ next: [{ kind: 'truncated', count: 10 }] });
    const { client } = clientFor(emulator, { retry: { ...FAST, maxAttempts: 2 } });
    const error = await client.listFunctionTasks({ ...INSTANCE, pageSize: 3 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(error).toMatchObject({ cutShort: true, attempts: 2 });

    emulator.setFaults({ next: [{ kind: 'truncated', count: 1 }] });
    const page = await client.listFunctionTasks({ ...INSTANCE, pageSize: 3 });
    expect(page.tasks).toHaveLength(3);
  });

  it('InternalError: retried until it passes', async () => {
    const emulator = await startTestEmulator();
    emulator.loadTasks(seedTasks(1));
    emulator.setFaults({ next: [{ kind: 'internal-error', count: 2 }] });
    const { client, requests } = clientFor(emulator, { retry: FAST });
    expect((await client.listFunctionTasks(INSTANCE)).totalCount).toBe(1);
    expect(requests()).toBe(3);
  });

  it('InvalidParameter: not retried', async () => {
    const emulator = await startTestEmulator();
    const { client, requests } = clientFor(emulator, { retry: FAST });
    // pageSize 100 is the largest the emulator accepts; it answers InvalidParameter above it.
    const error = await client.listFunctionTasks({ ...INSTANCE, pageSize: 101 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FunctionTasksApiError);
    expect(error).toMatchObject({ code: 'InvalidParameter', httpCode: 400, attempts: 1 });
    expect(requests()).toBe(1);
  });

  it('timeout: prompt RequestTimeoutError, no timer left behind', async () => {
    const emulator = await startTestEmulator();
    emulator.setFaults({ latencyMs: 5_000 });
    const timersBefore = activeTimers();
    const { client } = clientFor(emulator, { timeoutMs: 100 });
    const started = performance.now();
    const error = await client.listFunctionTasks(INSTANCE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestTimeoutError);
    // Well under the 5 s injected latency: the timeout, not the answer, ended the call.
    expect(performance.now() - started).toBeLessThan(4_000);
    expect(activeTimers()).toBeLessThanOrEqual(timersBefore);
  });

  it('abort: prompt RequestAbortedError, even mid-backoff, no timer left behind', async () => {
    const emulator = await startTestEmulator();
    emulator.setFaults({ latencyMs: 5_000 });
    const timersBefore = activeTimers();
    const { client } = clientFor(emulator);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = performance.now();
    await expect(client.listFunctionTasks(INSTANCE, { signal: controller.signal })).rejects.toBeInstanceOf(
      RequestAbortedError,
    );
    expect(performance.now() - started).toBeLessThan(4_000);

    emulator.setFaults({ retryAfterMs: 10_000, next: [{ kind: 'throttle', count: 5 }] });
    const second = new AbortController();
    setTimeout(() => second.abort(), 80);
    const again = performance.now();
    await expect(
      clientFor(emulator, { retry: { maxElapsedMs: 60_000 } }).client.listFunctionTasks(INSTANCE, {
        signal: second.signal,
      }),
    ).rejects.toBeInstanceOf(RequestAbortedError);
    // Well under the 10 s retry-after: the abort ended the backoff.
    expect(performance.now() - again).toBeLessThan(4_000);
    expect(activeTimers()).toBeLessThanOrEqual(timersBefore);
  });
});
