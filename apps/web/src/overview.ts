/**
 * What the overview derives from one page (the newest 50 tasks) of each instance: the success rate, the last
 * run, runs in progress with an estimate of the time left, and recent failures. Pure, unit-tested in Node.
 */
import { type FunctionTask, HEALTH_PAGE_SIZE, taskDurationMs, taskErrorMessages } from '@fntasks/core';

/** How many of the newest runs the success rate, the estimates and the verdict look at (core's health page). */
export const OVERVIEW_PAGE_SIZE = HEALTH_PAGE_SIZE;

/** Successes over finished runs among `tasks` (running ones do not count); null when none finished. */
export function successRate(tasks: readonly FunctionTask[]): number | null {
  let ok = 0;
  let finished = 0;
  for (const t of tasks) {
    if (t.status === 'success') ok++;
    if (t.status === 'success' || t.status === 'failed') finished++;
  }
  return finished === 0 ? null : ok / finished;
}

/** The median of the durations of past successful runs (what a run usually takes); null without any. */
export function typicalDuration(tasks: readonly FunctionTask[]): number | null {
  const durations = tasks
    .flatMap((t) => {
      const ms = t.status === 'success' && t.endTime !== null ? taskDurationMs(t, t.endTime) : null;
      return ms !== null && ms > 0 ? [ms] : [];
    })
    .sort((a, b) => a - b);
  if (durations.length === 0) return null;
  const mid = Math.floor(durations.length / 2);
  return durations.length % 2
    ? (durations[mid] as number)
    : ((durations[mid - 1] as number) + (durations[mid] as number)) / 2;
}

/** A running task with its estimated time left. */
export interface RunningEstimate {
  task: FunctionTask;
  elapsedMs: number;
  /** Estimated time left in ms, null when there is nothing to estimate from; 0 when overdue. */
  remainingMs: number | null;
  /** True when the run already took longer than runs usually take. */
  overdue: boolean;
}

/**
 * Time left for a running task, from the typical duration of past successful runs of the same instance;
 * without history, from its own progress (elapsed / progress). Overdue runs show 0 left and say so.
 */
export function estimateRunning(
  task: FunctionTask,
  history: readonly FunctionTask[],
  now: number,
): RunningEstimate {
  const elapsedMs = taskDurationMs(task, now) ?? 0;
  const typical = typicalDuration(history);
  let total: number | null = typical;
  if (total === null && task.progress !== null && task.progress > 0)
    total = (elapsedMs * 100) / task.progress;
  if (total === null) return { task, elapsedMs, remainingMs: null, overdue: false };
  return { task, elapsedMs, remainingMs: Math.max(0, total - elapsedMs), overdue: elapsedMs > total };
}

/** A failed run with its first error. */
export interface FailureSummary {
  task: FunctionTask;
  firstError: string;
}

/** The failed runs among `tasks`, newest first, with their first error. */
export function failures(tasks: readonly FunctionTask[]): FailureSummary[] {
  return tasks
    .filter((t) => t.status === 'failed')
    .sort((a, b) => b.startTime - a.startTime)
    .map((task) => ({ task, firstError: taskErrorMessages(task)[0] ?? 'no error reported' }));
}

/** The newest run of an instance (the list is newest first, but do not rely on it). */
export function lastRun(tasks: readonly FunctionTask[]): FunctionTask | null {
  let newest: FunctionTask | null = null;
  for (const t of tasks) if (!newest || t.startTime > newest.startTime) newest = t;
  return newest;
}
