import { describe, expect, it } from 'vitest';
import { buildSeedTasks, formatSeedSummary, SEED_LAYOUT } from '../src/index.js';
import { listRaw, startTestEmulator, T0 } from './helpers.js';

describe('seed', () => {
  it('is deterministic for a seed and anchor, and differs between seeds', () => {
    const a = buildSeedTasks(1, T0);
    expect(buildSeedTasks(1, T0)).toEqual(a);
    expect(buildSeedTasks(2, T0).tasks).not.toEqual(a.tasks);
    expect(formatSeedSummary(a.summary)).toBe(
      `seeded 3 app groups, 3 functions, 10 instances, ${a.summary.tasks} tasks (${a.summary.running} running) from seed 1`,
    );
  });

  it('covers the layout with hundreds of generations each and a success/failed/running mix with metrics', () => {
    const { tasks, summary } = buildSeedTasks(1, T0);
    const instances = Object.values(SEED_LAYOUT).flatMap((byFn) => Object.values(byFn).flat());
    expect(summary.instances).toBe(instances.length);
    for (const name of instances) {
      const mine = tasks.filter((t) => t.instanceName === name);
      expect(mine.length).toBeGreaterThanOrEqual(150);
    }
    const statuses = new Set(tasks.map((t) => t.status));
    expect(statuses).toEqual(new Set(['success', 'failed', 'running']));
    const success = tasks.find((t) => t.status === 'success');
    expect(success?.extendInfo).toMatchObject({
      recall: expect.any(Number),
      auc: expect.any(Number),
      errors: [],
    });
    const failed = tasks.find((t) => t.status === 'failed');
    expect(failed?.extendInfo).toMatchObject({ errors: [expect.any(String)] });
    expect(tasks.find((t) => t.instanceName === 'ctr_test' && t.status === 'running')).toBeDefined();
  });

  it('serves the API page sample names: my-app/ctr/ctr_test, newest first, generation as a numeric string', async () => {
    const h = await startTestEmulator({ seed: 1 });
    const res = await listRaw(h, { pageSize: 2 }, {}, ['my-app', 'ctr', 'ctr_test']);
    expect(res.status).toBe(200);
    const [newest, previous] = res.json.result;
    expect(newest.status).toBe('running');
    expect(Number(newest.generation)).toBe(Number(previous.generation) + 1);
    expect(newest.runId).toMatch(/^trigger__\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
    expect(JSON.parse(previous.extendInfo)).toHaveProperty('errors');
  });
});
