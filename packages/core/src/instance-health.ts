/**
 * The overview's rules, once for the dashboard and the CLI: from one page of an instance's newest runs, its
 * headline metric, the latest successful value and its change against the recent mean, and a verdict —
 * `failing` (the newest finished run failed), `regressing` (the headline metric moved the bad way beyond its
 * recent spread) or `fine`. Pure: no request, no clock.
 *
 * The regression rule: take the newest successful run carrying the metric (the latest value) and the up to
 * `window` (10) successful runs before it carrying it (the baseline). With at least `MIN_BASELINE_RUNS` of
 * them, the instance regresses when the latest value lies on the bad side of the baseline's mean by more than
 * `max(threshold × |mean|, spread × standard deviation)` — a relative floor, so a metric that never varies
 * does not flag a rounding difference, and a noisy one is judged against its own noise.
 */

import {
  changeQuality,
  type MetricDirection,
  type MetricDirections,
  metricDirection,
} from './metric-direction.js';
import { metricNames, readMetric } from './metrics.js';
import type { FunctionTask } from './types.js';

/** How many of an instance's newest runs the overview and `fntasks health` read (one page). */
export const HEALTH_PAGE_SIZE = 50;
/** How many successful runs before the latest one form the baseline. */
export const DEFAULT_BASELINE_WINDOW = 10;
/** The smallest bad move counted as a regression, as a fraction of the baseline's mean (0.01 = 1%). */
export const DEFAULT_REGRESSION_THRESHOLD = 0.01;
/** How many standard deviations of the baseline a bad move must exceed to count as a regression. */
export const DEFAULT_REGRESSION_SPREAD = 2;
/** Fewer successful runs than this before the latest one: too little history to call anything a regression. */
export const MIN_BASELINE_RUNS = 3;

/** How an instance is doing: its newest finished run failed, its headline metric regressed, or neither. */
export type HealthVerdict = 'failing' | 'regressing' | 'fine';

/** Tuning of the rules; every field has a documented default. */
export interface HealthOptions {
  /** The headline metric to judge; default: the first metric (by name) with an `up` or `down` direction. */
  readonly metric?: string;
  /** Additions to or overrides of the metric direction table. */
  readonly directions?: MetricDirections;
  /** Smallest bad move that counts, as a fraction of the baseline mean (default 0.01). */
  readonly threshold?: number;
  /** Standard deviations of the baseline a bad move must exceed (default 2). */
  readonly spread?: number;
  /** Successful runs in the baseline (default 10). */
  readonly window?: number;
}

/** One finished run in a metric's history, for a sparkline: its value (null for a failed run or a missing metric). */
export interface MetricPoint {
  readonly generation: string | null;
  readonly startTime: number;
  readonly status: 'success' | 'failed';
  readonly value: number | null;
}

/** The headline metric of an instance and how it moved. */
export interface MetricTrend {
  /** The metric's name as the runs carry it. */
  readonly name: string;
  readonly direction: MetricDirection;
  /** The newest successful value; null when no successful run carries the metric. */
  readonly latest: number | null;
  /** The generation of the run that gave `latest`. */
  readonly latestGeneration: string | null;
  /** The mean of the successful values before it (up to `window`); null without any. */
  readonly baseline: number | null;
  /** How many values the baseline has. */
  readonly baselineRuns: number;
  /** The baseline's (population) standard deviation; null without a baseline. */
  readonly stddev: number | null;
  /** latest − baseline; null when either is missing. */
  readonly change: number | null;
  /** change / |baseline|; null when the baseline is missing or 0. */
  readonly relativeChange: number | null;
  /** Whether the change is an improvement for this metric's direction (always `neutral` for a neutral metric). */
  readonly quality: 'better' | 'worse' | 'neutral';
  /** The finished runs oldest first, failed ones with a null value. */
  readonly points: readonly MetricPoint[];
}

/** An instance's verdict, the run it rests on, its headline metric and a short reason in words. */
export interface InstanceHealth {
  readonly verdict: HealthVerdict;
  /** The newest run of any status; null when the instance never ran. */
  readonly lastRun: FunctionTask | null;
  /** The newest finished run (the verdict's `failing` rests on it). */
  readonly lastFinished: FunctionTask | null;
  /** The headline metric; null when no run carries a metric (or the chosen one). */
  readonly metric: MetricTrend | null;
  /** Why, in a few words: "last run failed", "auc 0.71 is 0.05 below its recent mean 0.76", "auc within its recent spread". */
  readonly reason: string;
}

/**
 * The headline metric of the tasks: `chosen` when any task carries it (null when none does), else the first
 * metric by name with an `up` or `down` direction, else the first metric by name (shown, never judged).
 */
export function headlineMetric(
  tasks: Iterable<Pick<FunctionTask, 'extendInfo'>>,
  chosen?: string,
  directions?: MetricDirections,
): string | null {
  const names = metricNames(tasks);
  if (chosen !== undefined && chosen !== '') return names.includes(chosen) ? chosen : null;
  return names.find((name) => metricDirection(name, directions) !== 'neutral') ?? names[0] ?? null;
}

const newestFirst = (a: FunctionTask, b: FunctionTask) => b.startTime - a.startTime;

/** Mean and population standard deviation of a non-empty list. */
function meanAndStddev(values: readonly number[]): { mean: number; stddev: number } {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;
  return { mean, stddev: Math.sqrt(variance) };
}

/** The trend of one metric over the tasks (any order). */
export function metricTrend(
  tasks: readonly FunctionTask[],
  name: string,
  options: Pick<HealthOptions, 'directions' | 'window'> = {},
): MetricTrend {
  const window = options.window ?? DEFAULT_BASELINE_WINDOW;
  const direction = metricDirection(name, options.directions);
  const finished = tasks.filter((t) => t.status === 'success' || t.status === 'failed').sort(newestFirst);
  const valued = finished
    .filter((t) => t.status === 'success')
    .map((task) => ({ task, value: readMetric(task, name) }))
    .filter((v): v is { task: FunctionTask; value: number } => v.value !== null);
  const latest = valued[0] ?? null;
  const before = valued.slice(1, 1 + window).map((v) => v.value);
  const stats = before.length > 0 ? meanAndStddev(before) : null;
  const change = latest && stats ? latest.value - stats.mean : null;
  return {
    name,
    direction,
    latest: latest?.value ?? null,
    latestGeneration: latest?.task.generation ?? null,
    baseline: stats?.mean ?? null,
    baselineRuns: before.length,
    stddev: stats?.stddev ?? null,
    change,
    relativeChange: change !== null && stats && stats.mean !== 0 ? change / Math.abs(stats.mean) : null,
    quality: change === null ? 'neutral' : changeQuality(change, direction),
    points: finished
      .map((t) => ({
        generation: t.generation,
        startTime: t.startTime,
        status: t.status as 'success' | 'failed',
        value: t.status === 'success' ? readMetric(t, name) : null,
      }))
      .reverse(),
  };
}

/** Whether the trend is a regression by the module's rule (see the file header). */
export function isRegression(
  trend: MetricTrend,
  options: Pick<HealthOptions, 'threshold' | 'spread'> = {},
): boolean {
  if (trend.quality !== 'worse' || trend.change === null || trend.baseline === null || trend.stddev === null)
    return false;
  if (trend.baselineRuns < MIN_BASELINE_RUNS) return false;
  const floor = (options.threshold ?? DEFAULT_REGRESSION_THRESHOLD) * Math.abs(trend.baseline);
  const noise = (options.spread ?? DEFAULT_REGRESSION_SPREAD) * trend.stddev;
  return Math.abs(trend.change) > Math.max(floor, noise);
}

/** A number in a reason: up to 4 significant digits. */
const short = (n: number) => String(Number(n.toPrecision(4)));

/** The verdict of one instance from its newest runs (one page, any order). */
export function instanceHealth(tasks: readonly FunctionTask[], options: HealthOptions = {}): InstanceHealth {
  const sorted = [...tasks].sort(newestFirst);
  const lastRun = sorted[0] ?? null;
  const lastFinished = sorted.find((t) => t.status === 'success' || t.status === 'failed') ?? null;
  const name = headlineMetric(tasks, options.metric, options.directions);
  const metric = name === null ? null : metricTrend(tasks, name, options);
  if (lastFinished?.status === 'failed')
    return { verdict: 'failing', lastRun, lastFinished, metric, reason: 'last run failed' };
  if (metric && metric.latest !== null && metric.baseline !== null && isRegression(metric, options)) {
    const side = metric.direction === 'up' ? 'below' : 'above';
    const reason = `${metric.name} ${short(metric.latest)} is ${short(Math.abs(metric.change ?? 0))} ${side} its recent mean ${short(metric.baseline)}`;
    return { verdict: 'regressing', lastRun, lastFinished, metric, reason };
  }
  const reason =
    lastRun === null
      ? 'never ran'
      : metric === null
        ? options.metric
          ? `no run carries ${options.metric}`
          : 'no metrics'
        : metric.direction === 'neutral'
          ? `${metric.name} has no direction to judge`
          : metric.baselineRuns < MIN_BASELINE_RUNS
            ? `too few successful runs to judge ${metric.name}`
            : `${metric.name} within its recent spread`;
  return { verdict: 'fine', lastRun, lastFinished, metric, reason };
}

const RANK: Record<HealthVerdict, number> = { failing: 0, regressing: 1, fine: 2 };

/** The items in attention order: failing, then regressing, then fine; stable within each. */
export function byAttention<T>(items: readonly T[], verdictOf: (item: T) => HealthVerdict): T[] {
  return items
    .map((item, index) => ({ item, index, rank: RANK[verdictOf(item)] }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((e) => e.item);
}

/** How many instances have each verdict. */
export type HealthCounts = Record<HealthVerdict, number>;

/** Counts the verdicts. */
export function healthCounts(verdicts: Iterable<HealthVerdict>): HealthCounts {
  const counts: HealthCounts = { failing: 0, regressing: 0, fine: 0 };
  for (const v of verdicts) counts[v]++;
  return counts;
}

/** The counts in one line, as the overview shows them: `2 failing · 1 regressing · 9 fine`. */
export function healthSummary(counts: HealthCounts): string {
  return `${counts.failing} failing · ${counts.regressing} regressing · ${counts.fine} fine`;
}
