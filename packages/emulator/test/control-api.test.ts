import { createFunctionTasksClient } from '@fntasks/core';
import { describe, expect, it } from 'vitest';
import { control, listRaw, runIds, startTestEmulator, T0, task } from './helpers.js';

const MIN = 60_000;

describe('control API basics', () => {
  it('health, reset with and without a seed, instances', async () => {
    const h = await startTestEmulator();
    expect((await control(h, 'GET', 'health')).json).toEqual({ ok: true });
    const seeded = await control(h, 'POST', 'reset', { seed: 1 });
    expect(seeded.status).toBe(200);
    expect(seeded.json.seeded).toMatchObject({ seed: 1, appGroups: 3, functions: 5, instances: 12 });
    const { instances } = (await control(h, 'GET', 'instances')).json;
    expect(instances).toHaveLength(12);
    expect(instances[0]).toEqual({
      appGroupIdentity: 'app_group_name',
      functionName: 'category',
      instanceName: 'category_builtin',
      taskCount: 0,
      runningCount: expect.any(Number),
    });
    const total = instances.reduce((n: number, i: { taskCount: number }) => n + i.taskCount, 0);
    expect(total).toBe(seeded.json.seeded.tasks);
    expect((await control(h, 'POST', 'reset', { seed: null })).json).toEqual({ ok: true, seeded: null });
    expect((await control(h, 'GET', 'instances')).json).toEqual({ instances: [] });
    expect((await control(h, 'POST', 'reset')).status).toBe(200);
  });

  it('POST instances loads (or updates) instances; PUT default-instance sets or clears the default', async () => {
    const h = await startTestEmulator();
    const loaded = await control(h, 'POST', 'instances', {
      instances: [
        { appGroupIdentity: 'app', functionName: 'ctr', instanceName: 'a', modelType: 'tf_checkpoint' },
        {
          appGroupIdentity: 'app',
          functionName: 'ctr',
          instanceName: 'b',
          modelType: 'tf_checkpoint',
          isDefault: true,
        },
      ],
    });
    expect(loaded.json).toEqual({ ok: true, added: 2 });
    const set = await control(h, 'PUT', 'default-instance', {
      appGroupIdentity: 'app',
      functionName: 'ctr',
      instanceName: 'a',
    });
    expect(set.json).toEqual({
      ok: true,
      defaultInstance: { appGroupIdentity: 'app', functionName: 'ctr', instanceName: 'a' },
    });
    for (const [route, body, message] of [
      [
        'instances',
        { instances: [{ appGroupIdentity: 'app', functionName: 'ctr', instanceName: 'c' }] },
        /instances\[0\]: modelType must be one of/,
      ],
      [
        'instances',
        {
          instances: [
            {
              appGroupIdentity: 'app',
              functionName: 'ctr',
              instanceName: 'c',
              modelType: 'pop',
              cron: 'daily',
            },
          ],
        },
        /instances\[0\]: cron must be five fields/,
      ],
      [
        'instances',
        {
          instances: [{ appGroupIdentity: 'app', functionName: 'ctr', instanceName: '..', modelType: 'pop' }],
        },
        /instanceName must not be/,
      ],
      [
        'default-instance',
        { appGroupIdentity: 'app', functionName: 'ctr', instanceName: 'nope' },
        /no instance "nope"/,
      ],
    ] as const) {
      const method = route === 'instances' ? 'POST' : 'PUT';
      const res = await control(h, method, route, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.json.error).toMatch(message);
    }
    expect(h.listInstances().instances.map((i) => i.instanceName)).toEqual(['a', 'b']);
  });

  it('POST tasks adds tasks all-or-nothing; errors name the task index and field', async () => {
    const h = await startTestEmulator();
    const ok = await control(h, 'POST', 'tasks', {
      tasks: [task(1), task(2, { extendInfo: '{"auc":0.8}' })],
    });
    expect(ok.json).toEqual({ ok: true, added: 2 });
    const bad = await control(h, 'POST', 'tasks', { tasks: [task(3), { ...task(4), status: 'done' }] });
    expect(bad.status).toBe(400);
    expect(bad.json.error).toMatch(/^tasks\[1\]: status must be one of/);
    const dup = await control(h, 'POST', 'tasks', { tasks: [task(5), task(1)] });
    expect(dup.status).toBe(400);
    expect(dup.json.error).toMatch(/tasks\[1\]: duplicate task: runId/);
    expect((await listRaw(h)).json.totalCount).toBe(2);
    for (const body of [
      {},
      { tasks: 'x' },
      { tasks: [{ ...task(6), start_time: 1 }] },
      { tasks: [task(7, { endTime: T0 })] },
    ]) {
      const res = await control(h, 'POST', 'tasks', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
  });

  it('unknown routes 404, wrong methods 405, malformed JSON 400, all with {error}', async () => {
    const h = await startTestEmulator();
    const unknown = await control(h, 'GET', 'nope');
    expect(unknown.status).toBe(404);
    const wrong = await control(h, 'DELETE', 'health');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.allow).toBe('GET');
    const malformed = await control(h, 'POST', 'tasks', '{"tasks": [');
    expect(malformed.status).toBe(400);
    expect(malformed.json.error).toMatch(/not JSON/);
    for (const res of [unknown, wrong, malformed]) expect(typeof res.json.error).toBe('string');
    expect((await control(h, 'GET', 'health')).status).toBe(200);
  });
});

describe('clock and running tasks', () => {
  const running = (overrides = {}) =>
    task(0, {
      runId: 'run',
      status: 'running',
      progress: 0,
      endTime: 0,
      outcome: 'failed',
      durationMs: 10 * MIN,
      finalExtendInfo: { errors: ['boom'] },
      ...overrides,
    });

  it('GET/PUT clock: set, advance, speed; bad values are 400', async () => {
    const h = await startTestEmulator();
    expect((await control(h, 'GET', 'clock')).json).toEqual({ now: T0, speed: 0 });
    expect((await control(h, 'PUT', 'clock', { advanceMs: 5000 })).json).toEqual({
      now: T0 + 5000,
      speed: 0,
    });
    expect((await control(h, 'PUT', 'clock', { now: 1000, speed: 2 })).json.speed).toBe(2);
    for (const body of [{ now: -1 }, { speed: 'fast' }, { advanceMs: 1.5 }, { when: 1 }, [1]]) {
      expect((await control(h, 'PUT', 'clock', body)).status, JSON.stringify(body)).toBe(400);
    }
  });

  it('a running task progresses with the clock and ends with its fixed outcome at start + durationMs', async () => {
    const h = await startTestEmulator();
    h.loadTasks([task(-5, { runId: 'old', generation: '1' }), running()]);
    const at = async () => (await listRaw(h, { pageSize: 1 })).json.result[0];
    expect(await at()).toMatchObject({ status: 'running', progress: 0, endTime: 0 });
    h.setClock({ advanceMs: 5 * MIN });
    expect(await at()).toMatchObject({ status: 'running', progress: 50, endTime: 0 });
    expect(h.listInstances().instances[0]?.runningCount).toBe(1);
    h.setClock({ advanceMs: 5 * MIN });
    const ended = await at();
    expect(ended).toMatchObject({
      status: 'failed',
      endTime: T0 + 10 * MIN,
      extendInfo: '{"errors":["boom"]}',
    });
    expect(ended.progress).toBeLessThan(100);
    expect(h.listInstances().instances[0]?.runningCount).toBe(0);
    // Status sequences stay dense: the task moved from running to failed.
    expect((await listRaw(h, { status: 'running' })).json.totalCount).toBe(0);
    expect(runIds((await listRaw(h, { status: 'failed' })).json)).toEqual(['run']);
    expect(runIds((await listRaw(h, { status: 'success' })).json)).toEqual(['old']);
  });

  it('speed makes emulated time run faster than real time', async () => {
    const h = await startTestEmulator({ clock: { now: T0, speed: 1000 } });
    h.loadTasks([running({ durationMs: 60_000, outcome: 'success' })]);
    await new Promise((r) => setTimeout(r, 100)); // 100 real ms = 100 emulated s
    expect((await listRaw(h)).json.result[0]).toMatchObject({
      status: 'success',
      progress: 100,
      endTime: T0 + 60_000,
    });
  });

  it('a watcher (core waitForFunctionTask) sees the task end when the clock is advanced', async () => {
    const h = await startTestEmulator();
    h.loadTasks([running({ outcome: 'success' })]);
    const client = createFunctionTasksClient({ endpoint: h.url });
    const done = client.waitForFunctionTask(
      { appGroupIdentity: 'app', functionName: 'ctr', instanceName: 'inst', runId: 'run' },
      { intervalMs: 20 },
    );
    setTimeout(() => h.setClock({ advanceMs: 20 * MIN }), 60);
    expect(await done).toMatchObject({ status: 'success', progress: 100 });
  });

  it('POST tasks/finish ends a running task now; 404 unknown, 409 not running, 400 bad status', async () => {
    const h = await startTestEmulator();
    h.loadTasks([task(-5, { runId: 'old', generation: '1' }), running({ durationMs: undefined })]);
    const key = { appGroupIdentity: 'app', functionName: 'ctr', instanceName: 'inst', runId: 'run' };
    h.setClock({ advanceMs: 3 * MIN });
    const finished = await control(h, 'POST', 'tasks/finish', { ...key, status: 'success' });
    expect(finished.status).toBe(200);
    expect(finished.json.task).toMatchObject({
      runId: 'run',
      status: 'success',
      progress: 100,
      endTime: T0 + 3 * MIN,
    });
    expect(runIds((await listRaw(h, { status: 'success', pageSize: 5 })).json)).toEqual(['run', 'old']);
    expect((await control(h, 'POST', 'tasks/finish', { ...key, status: 'failed' })).status).toBe(409);
    expect(
      (await control(h, 'POST', 'tasks/finish', { ...key, runId: 'nope', status: 'failed' })).status,
    ).toBe(404);
    expect((await control(h, 'POST', 'tasks/finish', { ...key, status: 'running' })).status).toBe(400);
    expect(
      (await control(h, 'POST', 'tasks/finish', { ...key, appGroupIdentity: 'x', status: 'failed' })).status,
    ).toBe(404);
  });

  it('the in-process handle has the same operations as the control API', async () => {
    const h = await startTestEmulator();
    expect(h.reset(3).seeded?.seed).toBe(3);
    expect(h.listInstances().instances.length).toBe(12);
    expect(h.setCasing('pascal')).toEqual({ casing: 'pascal' });
    expect(h.setFaults({ latencyMs: 1 }).faults.latencyMs).toBe(1);
    expect(h.clearFaults().faults.latencyMs).toBe(0);
    expect(h.setClock({ now: T0 + 1 })).toEqual({ now: T0 + 1, speed: 0 });
    expect(h.setAuth({ mode: 'off' }).mode).toBe('off');
    expect(() => h.setCasing('snake' as 'camel')).toThrow(/casing must be/);
    expect(() => h.loadTasks([{} as never])).toThrow(/tasks\[0\]/);
    expect(
      h.loadInstances([{ appGroupIdentity: 'x', functionName: 'pop', instanceName: 'p', modelType: 'pop' }]),
    ).toEqual({ ok: true, added: 1 });
    expect(h.setDefaultInstance({ appGroupIdentity: 'x', functionName: 'pop', instanceName: null }).ok).toBe(
      true,
    );
  });
});
