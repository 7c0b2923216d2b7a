/**
 * The client-wide rate limit against the emulator's gateway cap (`qps`): one limiter paces every call of a
 * client, a refusal slows the whole client down, and no call fails for it.
 */
import { createFunctionTasksClient, type FunctionTasksEvent } from '@fntasks/core';
import { describe, expect, it } from 'vitest';
import { INSTANCE, seedTasks, startTestEmulator } from './helpers.js';

describe('rateLimit', () => {
  it('keeps a burst of 200 calls under a 50 QPS cap: every call succeeds, almost none refused', async () => {
    const emulator = await startTestEmulator();
    emulator.loadTasks(seedTasks(3));
    emulator.setFaults({ qps: 50 });
    const statuses: number[] = [];
    const client = createFunctionTasksClient({
      endpoint: emulator.url,
      rateLimit: { qps: 50 },
      onEvent: (event: FunctionTasksEvent) => {
        if (event.type === 'response') statuses.push(event.status);
      },
    });
    const results = await Promise.allSettled(
      Array.from({ length: 200 }, () => client.listFunctionTasks({ ...INSTANCE, pageSize: 1 })),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const refused = statuses.filter((s) => s !== 200).length;
    // Loopback jitter can bunch two arrivals into one bucket tick; the client's own pacing keeps that rare.
    expect(refused).toBeLessThanOrEqual(10);
    expect(statuses.length).toBe(200 + refused);
  });

  it('without a limit the same burst is refused by the cap, and calls fail once their retries run out', async () => {
    const emulator = await startTestEmulator();
    emulator.loadTasks(seedTasks(3));
    emulator.setFaults({ qps: 50, retryAfterMs: 0 });
    const client = createFunctionTasksClient({
      endpoint: emulator.url,
      retry: { maxAttempts: 2, baseDelayMs: 1 },
    });
    const results = await Promise.allSettled(
      Array.from({ length: 200 }, () => client.listFunctionTasks({ ...INSTANCE, pageSize: 1 })),
    );
    expect(results.filter((r) => r.status === 'rejected').length).toBeGreaterThan(50);
  });

  it('a write refused by the cap is sent again (the gateway refused it), and only then', async () => {
    const emulator = await startTestEmulator();
    emulator.loadTasks(seedTasks(1));
    emulator.setFaults({ qps: 1 });
    const client = createFunctionTasksClient({ endpoint: emulator.url, rateLimit: { qps: 5 } });
    // The list takes the one token; the create is refused, the client slows down and sends it again.
    await client.listFunctionTasks({ ...INSTANCE, pageSize: 1 });
    await client.createFunctionTask({ ...INSTANCE });
    const page = await client.listFunctionTasks({ ...INSTANCE, pageSize: 5 });
    expect(page.totalCount).toBe(2);
  });
});
