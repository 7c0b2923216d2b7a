/**
 * Series for the trend charts and the comparison of two generations: one point per generation (its newest
 * run), a rolling mean, durations, and the failure rate per day. Pure, unit-tested in Node.
 */
import {
  changeQuality,
  type FunctionTask,
  metricDirection,
  taskDurationMs,
  taskErrorMessages,
} from '@fntasks/core';
import { metricValue } from './tasks.js';

/** One generation's newest run, as the charts see it. */
export interface GenerationPoint {
  generation: number;
  task: FunctionTask;
  /** The chosen metric; null when this run has none (e.g. it failed). */
  value: number | null;
  failed: boolean;
  /** ms; null while running. */
  durationMs: number | null;
}

/** One point per generation (its newest run), sorted by generation; tasks without a numeric generation are left out. */
export function generationPoints(tasks: readonly FunctionTask[], metric: string): GenerationPoint[] {
  const newest = new Map<number, FunctionTask>();
  for (const task of tasks) {
    const gen = task.generation === null ? Number.NaN : Number(task.generation);
    if (!Number.isFinite(gen)) continue;
    const prev = newest.get(gen);
    if (!prev || task.startTime > prev.startTime) newest.set(gen, task);
  }
  return [...newest.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([generation, task]) => ({
      generation,
      task,
      value: metric ? metricValue(task, metric) : null,
      failed: task.status === 'failed',
      // Ended runs only: a running one has no duration to chart yet.
      durationMs: task.endTime === null ? null : taskDurationMs(task, task.endTime),
    }));
}

/** The mean of the last `window` non-null values at each index (null until there is one). */
export function rollingMean(values: readonly (number | null)[], window: number): (number | null)[] {
  const out: (number | null)[] = [];
  const recent: number[] = [];
  let sum = 0;
  for (const v of values) {
    if (v !== null) {
      recent.push(v);
      sum += v;
      if (recent.length > window) sum -= recent.shift() as number;
    }
    out.push(recent.length ? sum / recent.length : null);
  }
  return out;
}

/** One day of runs: failures over finished runs. */
export interface DayRate {
  /** Midnight UTC of the day, epoch ms. */
  day: number;
  finished: number;
  failed: number;
  rate: number;
}

const DAY = 86_400_000;

/** The failure rate per UTC day of start, oldest first; days without finished runs are left out. */
export function failureRateByDay(tasks: readonly FunctionTask[]): DayRate[] {
  const days = new Map<number, { finished: number; failed: number }>();
  for (const t of tasks) {
    if (t.status !== 'success' && t.status !== 'failed') continue;
    const day = Math.floor(t.startTime / DAY) * DAY;
    const d = days.get(day) ?? { finished: 0, failed: 0 };
    d.finished++;
    if (t.status === 'failed') d.failed++;
    days.set(day, d);
  }
  return [...days.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([day, d]) => ({ day, ...d, rate: d.failed / d.finished }));
}

/** One row of a comparison: a metric in run A and B, B − A, relative to A, and whether B is better. */
export interface ComparedMetric {
  name: string;
  a: number | null;
  b: number | null;
  diff: number | null;
  /** (B − A) / |A|; null when either is missing or A is 0. */
  relative: number | null;
  /** By core's metric direction: a count (neutral) is never better or worse. */
  quality: 'better' | 'worse' | 'neutral';
}

/** The two runs side by side: every metric either reports, with the difference B − A judged by its direction. */
export function compareRuns(a: FunctionTask, b: FunctionTask, metrics: readonly string[]): ComparedMetric[] {
  return metrics.map((name) => {
    const va = metricValue(a, name);
    const vb = metricValue(b, name);
    const diff = va !== null && vb !== null ? vb - va : null;
    return {
      name,
      a: va,
      b: vb,
      diff,
      relative: diff !== null && va !== null && va !== 0 ? diff / Math.abs(va) : null,
      quality: diff === null ? 'neutral' : changeQuality(diff, metricDirection(name)),
    };
  });
}

/**
 * The comparison's default: the newest *successful* generation (B) against the successful one before it (A);
 * a running or failed run is never picked. With fewer than two successes, the oldest and newest generations.
 */
export function defaultComparison(points: readonly GenerationPoint[]): { a: string; b: string } {
  const successes = points.filter((p) => p.task.status === 'success');
  const a = successes.at(-2)?.generation ?? points[0]?.generation;
  const b = successes.at(-1)?.generation ?? points.at(-1)?.generation;
  return { a: a === undefined ? '' : String(a), b: b === undefined ? '' : String(b) };
}

/** A run's errors and duration for the comparison. */
export function runFacts(task: FunctionTask, now: number): { durationMs: number | null; errors: string[] } {
  return { durationMs: taskDurationMs(task, now), errors: taskErrorMessages(task) };
}
