/**
 * Issue 21, item 1, end to end: a gateway in front of the real emulator forwards the first POST (the emulator
 * starts the run) and answers the client with its own HTML 502. The create is not sent again (today's retry met
 * `Task.IsRunning` and reported failure for a run that started); startFunctionTask finds the run it started. The
 * same for the creates of instances and resources; a PUT and a DELETE behind such a gateway are retried, the
 * DELETE's repeat finding the instance gone (`alreadyDeleted`).
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

describe('the instance and resource writes behind a gateway that answers 502 after forwarding', () => {
  const FN = { appGroupIdentity: INSTANCE.appGroupIdentity, functionName: INSTANCE.functionName };

  it('createFunctionInstance and createFunctionResource are sent once; what they created is there', async () => {
    const emulator = await startTestEmulator();
    emulator.loadTasks(seedTasks(1));
    gateway = await startGateway(emulator.url, [1, 2]);
    const client = createFunctionTasksClient({ endpoint: gateway.url, retry: FAST });
    const instance = await client
      .createFunctionInstance({
        ...FN,
        instanceName: 'ctr_once',
        modelType: 'tf_checkpoint',
        cron: '0 3 * * *',
      })
      .catch((e: unknown) => e);
    expect(instance).toBeInstanceOf(WriteOutcomeUnknownError);
    expect(gateway.posts).toBe(1);
    const resource = await client
      .createFunctionResource({
        ...FN,
        resourceName: 'once',
        resourceType: 'raw_file',
        data: { content: 'x' },
      })
      .catch((e: unknown) => e);
    expect(resource).toBeInstanceOf(WriteOutcomeUnknownError);
    expect(gateway.posts).toBe(2);
    const direct = clientFor(emulator).client;
    expect((await direct.getFunctionInstance({ ...FN, instanceName: 'ctr_once' })).instance.cron).toBe(
      '0 3 * * *',
    );
    expect((await direct.getFunctionResource({ ...FN, resourceName: 'once' })).resource.data).toEqual({
      content: 'x',
    });
  });

  it('updateFunctionInstance (a PUT) is sent again and succeeds', async () => {
    const emulator = await startTestEmulator();
    emulator.loadTasks(seedTasks(1));
    gateway = await startGateway(emulator.url, [1], 'PUT');
    const client = createFunctionTasksClient({ endpoint: gateway.url, retry: FAST });
    await client.updateFunctionInstance({ ...INSTANCE, description: 'twice is the same' });
    expect(gateway.posts).toBe(2);
    expect((await client.getFunctionInstance(INSTANCE)).instance.description).toBe('twice is the same');
  });

  it('deleteFunctionInstance is sent again, and its repeat finding the instance gone is a success', async () => {
    const emulator = await startTestEmulator();
    emulator.loadTasks(seedTasks(1));
    gateway = await startGateway(emulator.url, [1], 'DELETE');
    const client = createFunctionTasksClient({ endpoint: gateway.url, retry: FAST });
    await expect(client.deleteFunctionInstance(INSTANCE)).resolves.toMatchObject({ alreadyDeleted: true });
    expect(gateway.posts).toBe(2);
  });
});
