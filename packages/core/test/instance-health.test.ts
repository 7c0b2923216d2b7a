/** The overview's rules (metric direction, headline metric, trend, verdict, attention order) on plain tasks. */
import { describe, expect, it } from 'vitest';
import {
  byAttention,
  changeQuality,
  type FunctionTask,
  headlineMetric,
  healthCounts,
  healthSummary,
  instanceHealth,
  metricDirection,
  metricTrend,
} from '../src/index.js';

/** A finished run `n` (newer runs have larger `n`) with the given metrics, or failed when `metrics` is null. */
function run(
  n: number,
  metrics: Record<string, number> | null,
  status?: FunctionTask['status'],
): FunctionTask {
  const extendInfo = metrics ? { ...metrics, errors: [] } : { errors: ['boom'] };
  return {
    functionName: 'ctr',
    runId: `trigger__${n}`,
    generation: String(n),
    status: status ?? (metrics ? 'success' : 'failed'),
    progress: 100,
    startTime: 1_000_000 + n * 1000,
    endTime: status === 'running' ? null : 1_000_500 + n * 1000,
    extendInfo,
    extendInfoRaw: JSON.stringify(extendInfo),
    warnings: [],
  };
}

/** Ten steady runs of auc around 0.80 (stddev 0.001) and a latest one. */
const steady = (latest: Record<string, number> | null) => [
  ...Array.from({ length: 10 }, (_, i) =>
    run(i + 1, { auc: 0.8 + (i % 2 ? 0.001 : -0.001), loss: 0.3, sampleCount: 1000 + i }),
  ),
  run(11, latest),
];

describe('metric direction', () => {
  it('knows the documented table, case-insensitively; unknown names and counts are neutral', () => {
    for (const name of ['auc', 'recall', 'precision', 'ndcg', 'map', 'mrr', 'f1', 'accuracy', 'AUC'])
      expect(metricDirection(name), name).toBe('up');
    for (const name of ['loss', 'logloss', 'rmse', 'mae', 'mape', 'LogLoss'])
      expect(metricDirection(name), name).toBe('down');
    expect(metricDirection('sampleCount')).toBe('neutral');
    expect(metricDirection('whatever')).toBe('neutral');
    expect(metricDirection('toString')).toBe('neutral');
  });

  it('the caller extends and overrides the table', () => {
    expect(metricDirection('latencyMs', { latencyMs: 'down' })).toBe('down');
    expect(metricDirection('auc', { auc: 'neutral' })).toBe('neutral');
    expect(metricDirection('auc', { other: 'down' })).toBe('up');
  });

  it('judges a change by direction; neutral never better or worse', () => {
    expect(changeQuality(0.1, 'up')).toBe('better');
    expect(changeQuality(-0.1, 'up')).toBe('worse');
    expect(changeQuality(0.1, 'down')).toBe('worse');
    expect(changeQuality(-0.1, 'down')).toBe('better');
    expect(changeQuality(5, 'neutral')).toBe('neutral');
    expect(changeQuality(0, 'up')).toBe('neutral');
  });
});

describe('headline metric', () => {
  it('is the first directed metric by name, a chosen one when carried, else the first neutral one', () => {
    const tasks = [run(1, { sampleCount: 3, recall: 90, auc: 0.8 })];
    expect(headlineMetric(tasks)).toBe('auc');
    expect(headlineMetric(tasks, 'recall')).toBe('recall');
    expect(headlineMetric(tasks, 'ndcg')).toBeNull();
    expect(headlineMetric([run(1, { sampleCount: 3 })])).toBe('sampleCount');
    expect(headlineMetric([run(1, null)])).toBeNull();
    expect(headlineMetric([run(1, { sampleCount: 3, zeta: 1 })], undefined, { zeta: 'up' })).toBe('zeta');
  });
});

describe('trend', () => {
  it('latest successful value against the mean of the previous 10 successful runs, oldest-first points', () => {
    const tasks = [...steady({ auc: 0.9 }), run(12, null), run(13, null, 'running')];
    const trend = metricTrend(tasks, 'auc');
    expect(trend.latest).toBe(0.9);
    expect(trend.latestGeneration).toBe('11');
    expect(trend.baselineRuns).toBe(10);
    expect(trend.baseline).toBeCloseTo(0.8, 10);
    expect(trend.change).toBeCloseTo(0.1, 10);
    expect(trend.relativeChange).toBeCloseTo(0.125, 10);
    expect(trend.quality).toBe('better');
    // finished runs only (the running one is left out), oldest first, the failed one without a value
    expect(trend.points.map((p) => p.generation)).toEqual(
      Array.from({ length: 12 }, (_, i) => String(i + 1)),
    );
    expect(trend.points.at(-1)).toMatchObject({ status: 'failed', value: null });
  });

  it('the baseline is at most `window` runs', () => {
    const tasks = Array.from({ length: 30 }, (_, i) => run(i, { auc: i }));
    expect(metricTrend(tasks, 'auc').baseline).toBe(23.5); // 19..28
    expect(metricTrend(tasks, 'auc', { window: 2 }).baseline).toBe(27.5);
  });
});

describe('verdict', () => {
  it('failing when the newest finished run failed, even with a run in progress after it', () => {
    const h = instanceHealth([...steady({ auc: 0.8 }), run(12, null), run(13, null, 'running')]);
    expect(h.verdict).toBe('failing');
    expect(h.lastRun?.generation).toBe('13');
    expect(h.lastFinished?.generation).toBe('12');
  });

  it('regressing when an up metric drops beyond max(threshold × mean, 2 stddev)', () => {
    const h = instanceHealth(steady({ auc: 0.75, loss: 0.3 }));
    expect(h.verdict).toBe('regressing');
    expect(h.metric?.name).toBe('auc');
    expect(h.reason).toBe('auc 0.75 is 0.05 below its recent mean 0.8');
  });

  it('fine when the drop is inside the relative floor or the spread; the threshold tunes it', () => {
    expect(instanceHealth(steady({ auc: 0.796 })).verdict).toBe('fine'); // 0.5% < 1%
    expect(instanceHealth(steady({ auc: 0.796 }), { threshold: 0.001 }).verdict).toBe('regressing');
    expect(instanceHealth(steady({ auc: 0.796 }), { threshold: 0.001, spread: 5 }).verdict).toBe('fine');
    expect(instanceHealth(steady({ auc: 0.9 })).verdict).toBe('fine'); // better is never a regression
  });

  it('a down metric regresses upwards; a neutral metric never regresses', () => {
    expect(instanceHealth(steady({ auc: 0.8, loss: 0.5 }), { metric: 'loss' }).verdict).toBe('regressing');
    expect(instanceHealth(steady({ auc: 0.8, loss: 0.1 }), { metric: 'loss' }).verdict).toBe('fine');
    const h = instanceHealth(steady({ auc: 0.8, sampleCount: 1 }), { metric: 'sampleCount' });
    expect(h.verdict).toBe('fine');
    expect(h.metric?.quality).toBe('neutral');
  });

  it('too little history is fine, and says so', () => {
    const h = instanceHealth([run(1, { auc: 0.9 }), run(2, { auc: 0.9 }), run(3, { auc: 0.1 })]);
    expect(h.verdict).toBe('fine');
    expect(h.reason).toBe('too few successful runs to judge auc');
    expect(instanceHealth([]).reason).toBe('never ran');
  });
});

describe('attention order and counts', () => {
  it('failing, then regressing, then fine, stable within each; the summary line', () => {
    const items = [
      { n: 'a', v: 'fine' },
      { n: 'b', v: 'regressing' },
      { n: 'c', v: 'failing' },
      { n: 'd', v: 'fine' },
      { n: 'e', v: 'failing' },
    ] as const;
    expect(byAttention(items, (i) => i.v).map((i) => i.n)).toEqual(['c', 'e', 'b', 'a', 'd']);
    const counts = healthCounts(items.map((i) => i.v));
    expect(counts).toEqual({ failing: 2, regressing: 1, fine: 2 });
    expect(healthSummary(counts)).toBe('2 failing · 1 regressing · 2 fine');
  });
});
