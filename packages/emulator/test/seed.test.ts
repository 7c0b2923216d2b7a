/**
 * The demo seed (issues 14 and 16): the documented names, instances with cron schedules that keep running on the
 * emulator clock, and data worth charting — improving metrics with regressions, clustered failures, durations
 * with a trend.
 */
import { describe, expect, it } from 'vitest';
import { formatSeedSummary, SEED_INSTANCES, SEED_LAYOUT, SEED_RESOURCES } from '../src/index.js';
import { SYNC_FAILURE } from '../src/schedule/run-model.js';
import { callApi, listRaw, startTestEmulator, T0 } from './helpers.js';

const HOUR = 3_600_000;

interface Task {
  runId: string;
  generation: string;
  status: string;
  progress: number;
  startTime: number;
  endTime: number;
  extendInfo: string;
}

async function allTasks(h: Awaited<ReturnType<typeof startTestEmulator>>, names: [string, string, string]) {
  const tasks: Task[] = [];
  for (let page = 1; ; page += 1) {
    const res = await listRaw(h, { pageSize: 100, pageNumber: page }, {}, names);
    tasks.push(...res.json.result);
    if (tasks.length >= res.json.totalCount) return tasks.reverse(); // oldest first
  }
}

describe('seed', () => {
  it('is deterministic for a seed and anchor, and differs between seeds', async () => {
    const a = await startTestEmulator({ seed: 1 });
    const b = await startTestEmulator({ seed: 1 });
    const c = await startTestEmulator({ seed: 2 });
    const names: [string, string, string] = ['my-app', 'hot', 'hot_default'];
    expect(await allTasks(a, names)).toEqual(await allTasks(b, names));
    expect(await allTasks(c, names)).not.toEqual(await allTasks(a, names));
    expect(a.seeded).toEqual(b.seeded);
    expect(formatSeedSummary(a.seeded ?? ({} as never))).toBe(
      `seeded 3 app groups, 5 functions, 12 instances, ${a.seeded?.tasks} tasks (${a.seeded?.running} running) from seed 1`,
    );
  });

  it('uses the documented function names and keeps my-app/ctr/ctr_test running and ctr_prod', async () => {
    expect(Object.keys(SEED_LAYOUT['my-app'] ?? {}).sort()).toEqual(['ctr', 'hint', 'hot', 'pop']);
    const functions = new Set(SEED_INSTANCES.map((i) => i.functionName));
    for (const fn of functions) expect(['ctr', 'pop', 'category', 'hot', 'hint']).toContain(fn);
    const h = await startTestEmulator({ seed: 1 });
    const res = await listRaw(h, { pageSize: 2 }, {}, ['my-app', 'ctr', 'ctr_test']);
    const [newest, previous] = res.json.result;
    expect(newest.status).toBe('running');
    expect(newest.startTime).toBeLessThanOrEqual(T0);
    expect(Number(newest.generation)).toBe(Number(previous.generation) + 1);
    expect(newest.runId).toMatch(/^trigger__\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
    expect((await listRaw(h, {}, {}, ['my-app', 'ctr', 'ctr_prod'])).json.totalCount).toBeGreaterThan(100);
  });

  it('no ended task ends in the future, no two runs of an instance overlap', async () => {
    const h = await startTestEmulator({ seed: 1 });
    for (const { appGroupIdentity, functionName, instanceName } of h.listInstances().instances) {
      const tasks = await allTasks(h, [appGroupIdentity, functionName, instanceName]);
      tasks.forEach((task, i) => {
        if (task.status !== 'running') expect(task.endTime, task.runId).toBeLessThanOrEqual(T0);
        else expect(i, `${instanceName}: only the newest runs`).toBe(tasks.length - 1);
        const next = tasks[i + 1];
        if (next && task.status !== 'running') expect(task.endTime).toBeLessThanOrEqual(next.startTime);
      });
    }
  });

  it('metrics improve over generations, with occasional regressions', async () => {
    const h = await startTestEmulator({ seed: 1 });
    const tasks = await allTasks(h, ['my-app', 'ctr', 'ctr_test']);
    const auc = tasks
      .filter((t) => t.status === 'success')
      .map((t) => JSON.parse(t.extendInfo).auc as number);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(auc.slice(-30))).toBeGreaterThan(mean(auc.slice(0, 30)) + 0.03);
    const drops = auc.filter((value, i) => i > 0 && value < (auc[i - 1] ?? 0) - 0.02).length;
    expect(drops).toBeGreaterThan(0);
    expect(drops).toBeLessThan(auc.length / 5);
  });

  it('failures cluster (a day of data-sync errors) and durations trend upwards', async () => {
    const h = await startTestEmulator({ seed: 1 });
    const tasks = await allTasks(h, ['my-app', 'hot', 'hot_default']);
    const syncFailures = tasks.filter((t) => t.extendInfo.includes(SYNC_FAILURE));
    expect(syncFailures.length).toBeGreaterThan(5);
    // the message's wait agrees with the run's duration (it waited no longer than it ran)
    for (const t of syncFailures) {
      const waited = Number(/after (\d+)s/.exec(t.extendInfo)?.[1]);
      expect(waited * 1000, t.extendInfo).toBeLessThan(t.endTime - t.startTime);
      expect(waited * 1000, t.extendInfo).toBeGreaterThan(t.endTime - t.startTime - 120_000);
    }
    const days = new Map<number, number>();
    for (const t of syncFailures)
      days.set(
        Math.floor(t.startTime / 86_400_000),
        (days.get(Math.floor(t.startTime / 86_400_000)) ?? 0) + 1,
      );
    // Most of them fall on a few days, many per day.
    expect(Math.max(...days.values())).toBeGreaterThanOrEqual(10);
    const durations = tasks.filter((t) => t.status === 'success').map((t) => t.endTime - t.startTime);
    const third = Math.floor(durations.length / 3);
    const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(avg(durations.slice(-third))).toBeGreaterThan(avg(durations.slice(0, third)) * 1.15);
  });

  it('cron schedules keep the demo alive: moving the clock a day on starts and ends new runs', async () => {
    const h = await startTestEmulator({ seed: 1 });
    const names: [string, string, string] = ['my-app', 'ctr', 'ctr_test'];
    const before = (await listRaw(h, { pageSize: 1 }, {}, names)).json;
    h.setClock({ advanceMs: 24 * HOUR });
    const after = (await listRaw(h, { pageSize: 5 }, {}, names)).json;
    // Every 6 hours: 4 more runs (the running one ended), each newer than the last.
    expect(after.totalCount).toBe(before.totalCount + 4);
    expect(Number(after.result[0].generation)).toBe(Number(before.result[0].generation) + 4);
    expect(after.result[1].status).not.toBe('running');
    const running = after.result.filter((t: Task) => t.status === 'running');
    expect(running.length).toBeLessThanOrEqual(1);
  });

  it('has a couple of resources; ctr_features is in use by the my-app ctr instances', async () => {
    const h = await startTestEmulator({ seed: 7 });
    const list = await callApi(h, 'ListFunctionResources', {
      appGroupIdentity: 'my-app',
      functionName: 'ctr',
    });
    expect(list.json.totalCount).toBe(SEED_RESOURCES.filter((r) => r.appGroupIdentity === 'my-app').length);
    const byName = Object.fromEntries(
      list.json.result.map((r: { resourceName: string }) => [r.resourceName, r]),
    );
    expect(byName.ctr_features.referencedInstances).toEqual(['ctr_prod', 'ctr_test']);
    expect(byName.ctr_features.data.generators).toHaveLength(2);
    expect(byName.ctr_stopwords).toMatchObject({ resourceType: 'raw_file', referencedInstances: [] });
    const pop = await callApi(h, 'GetFunctionResource', {
      appGroupIdentity: 'shop-search',
      functionName: 'pop',
      resourceName: 'pop_blocklist',
    });
    expect(pop.json.result.data.content).toBe('sku-1001\nsku-1002');
    expect(pop.json.result.createTime).toBeLessThan(T0);
  });
});
