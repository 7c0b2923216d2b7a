/**
 * What the dashboard derives from core's normalised tasks: stable keys, key metrics, errors, chart series,
 * and the merge that auto-refresh uses. Pure functions, unit-tested in Node.
 */
import { metricNames as coreMetricNames, type FunctionTask, readMetric } from '@fntasks/core';
import { previewJson } from './bounded-view.js';

/** A stable identity for a task within one instance: run id plus generation. */
export function taskKey(task: Pick<FunctionTask, 'runId' | 'generation'>): string {
  return `${task.runId}#${task.generation ?? ''}`;
}

/**
 * A run id short enough for a narrow column: scheduled runs are `trigger__<start time>` (the start column
 * already shows the time), so the prefix goes and long ids keep their head and tail. The full id is in
 * the cell's title, the detail panel and the copy button.
 */
export function compactRunId(runId: string): string {
  const id = runId.replace(/^trigger__/, '');
  return id.length > 20 ? `${id.slice(0, 8)}…${id.slice(-10)}` : id;
}

/** Metric names shown first when present, in this order; other numeric keys follow alphabetically. */
const PREFERRED_METRICS = ['recall', 'precision', 'auc', 'accuracy', 'f1', 'loss', 'ndcg', 'mrr'];

/** Numeric metrics across the tasks (core's `metricNames`), the preferred ones first, the rest alphabetically. */
export function metricNames(tasks: readonly FunctionTask[]): string[] {
  const all = coreMetricNames(tasks);
  const preferred = PREFERRED_METRICS.filter((name) => all.includes(name));
  return [...preferred, ...all.filter((name) => !PREFERRED_METRICS.includes(name))];
}

/** The numeric value of a metric on a task (core's `readMetric`: numbers and numeric strings), or null. */
export const metricValue: (task: FunctionTask, name: string) => number | null = readMetric;

/** One point per generation: the newest task of that generation that has the metric. Sorted by generation. */
export function metricSeries(tasks: readonly FunctionTask[], name: string): { x: number[]; y: number[] } {
  const best = new Map<number, { start: number; value: number }>();
  for (const task of tasks) {
    const gen = task.generation === null ? Number.NaN : Number(task.generation);
    const value = metricValue(task, name);
    if (!Number.isFinite(gen) || value === null) continue;
    const prev = best.get(gen);
    if (!prev || task.startTime > prev.start) best.set(gen, { start: task.startTime, value });
  }
  const xs = [...best.keys()].sort((a, b) => a - b);
  return { x: xs, y: xs.map((x) => (best.get(x) as { value: number }).value) };
}

/** Counts by status, for the summary line. */
export function statusCounts(tasks: readonly FunctionTask[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const t of tasks) counts[t.status] = (counts[t.status] ?? 0) + 1;
  return counts;
}

/**
 * Merges a refreshed head of the list (the newest tasks, fetched from page 1 down to at least the oldest
 * task that was running) into the current list. Within the refreshed range the fresh list wins, so tasks
 * that left a filtered view (a running task that finished while filtering on `running`) disappear; older
 * tasks are kept as they were, since finished tasks no longer change.
 */
export function mergeRefreshed(
  current: readonly FunctionTask[],
  fresh: readonly FunctionTask[],
  coversAll: boolean,
): FunctionTask[] {
  if (coversAll || fresh.length === 0) return coversAll ? [...fresh] : [...current];
  const boundary = (fresh[fresh.length - 1] as FunctionTask).startTime;
  const freshKeys = new Set(fresh.map(taskKey));
  const kept = current.filter((t) => t.startTime <= boundary && !freshKeys.has(taskKey(t)));
  return [...fresh, ...kept];
}

/** Drops repeated tasks (pages shift by one when a task is added between two page requests). */
export function dedupe(tasks: readonly FunctionTask[]): FunctionTask[] {
  const seen = new Set<string>();
  const out: FunctionTask[] = [];
  for (const t of tasks) {
    const key = taskKey(t);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(t);
  }
  return out;
}
