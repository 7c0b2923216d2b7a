/** Reading evaluation metrics out of tasks' `extendInfo` as numbers, for tables and charts. */
import type { FunctionTask } from './types.js';

/** A metric as a number, or `null` when the task has no such metric or it is not a finite number. */
export function readMetric(task: Pick<FunctionTask, 'extendInfo'>, name: string): number | null {
  const value = task.extendInfo?.[name];
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(value.trim())) return Number(value);
  return null;
}

/** The names of every numeric metric any of the tasks carries, sorted (`errors` is not a metric). */
export function metricNames(tasks: Iterable<Pick<FunctionTask, 'extendInfo'>>): string[] {
  const names = new Set<string>();
  for (const task of tasks) {
    for (const name of Object.keys(task.extendInfo ?? {})) {
      if (name !== 'errors' && readMetric(task, name) !== null) names.add(name);
    }
  }
  return [...names].sort();
}
