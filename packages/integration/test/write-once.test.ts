/**
 * Issue 21, item 1, end to end: a gateway in front of the real emulator forwards the first POST (the emulator
 * starts the run) and answers the client with its own HTML 502. The create is not sent again (today's retry met
 * `Task.IsRunning` and reported failure for a run that started); startFunctionTask finds the run it started.
 */
import { createFunctionTasksClient, WriteOutcomeUnknownError } from '@fntasks/core';
import { afterEach, describe, expect, it } from 'vitest';
import { type Gateway, startGateway } from './gateway.js';
import { clientFor, INSTANCE, seedTasks, startTestEmulator } from './helpers.js';

const FAST = { maxAttempts: 4, baseDelayMs: 5, maxDelayMs: 20, maxElapsedMs: 10_000 };

let gateway: Gateway | undefined;
afterEach(async () => {
  await gateway?.close();
  gateway = undefined;
});

describe('a gateway that forwards the first POST and then answers 502', () => {
  it('startFunctionTask returns the run it started, after exactly one POST', async () => {
    const emulator = await startTestEmulator();
    emulator.loadTasks(seedTasks(3));
    gateway = await startGateway(emulator.url);
    const client = createFunctionTasksClient({ endpoint: gateway.url, retry: FAST });
    const run = await client.startFunctionTask(INSTANCE, { unknownOutcomePollIntervalMs: 20 });
    expect(run).toMatchObject({ generation: '4', status: 'running' });
    expect(gateway.posts).toBe(1);
    // The emulator holds one new run, not two.
    const listed = await clientFor(emulator).client.listFunctionTasks({ ...INSTANCE, pageSize: 10 });
    expect(listed.tasks.map((t) => t.generation)).toEqual(['4', '3', '2', '1']);
  });

  it('createFunctionTask alone reports the unknown outcome (one POST), and the run is there to be checked', async () => {
    const emulator = await startTestEmulator();
    emulator.loadTasks(seedTasks(3));
    gateway = await startGateway(emulator.url);
    const client = createFunctionTasksClient({ endpoint: gateway.url, retry: FAST });
    const error = await client.createFunctionTask(INSTANCE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteOutcomeUnknownError);
    expect(gateway.posts).toBe(1);
    const listed = await client.listFunctionTasks({ ...INSTANCE, pageSize: 1 });
    expect(listed.tasks[0]).toMatchObject({ generation: '4', status: 'running' });
  });
});
