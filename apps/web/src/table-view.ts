/**
 * The table's view of the loaded tasks: search by run id or generation, sort by a column, and the CSV of
 * exactly that view (through @fntasks/output, the one formula-safe writer the CLI uses too). Pure.
 */
import { type FunctionTask, headlineMetric, taskDurationMs, taskErrorMessages } from '@fntasks/core';
import { type CsvSeparator, toCsv } from '@fntasks/output';
import { formatTime, type TimeZoneChoice } from './format.js';
import { metricValue } from './tasks.js';

/** The columns one can sort by: fixed ones, or `metric:<name>`. */
export type SortKey =
  | 'status'
  | 'progress'
  | 'runId'
  | 'generation'
  | 'start'
  | 'duration'
  | 'errors'
  | `metric:${string}`;

/** A sort: the column and its direction. The default is the API's order (newest start first). */
export interface SortState {
  key: SortKey;
  dir: 'asc' | 'desc';
}

export const DEFAULT_SORT: SortState = { key: 'start', dir: 'desc' };

/** Keeps the tasks whose run id contains the text, or whose generation equals it (`#12` or `12`). */
export function searchTasks(tasks: readonly FunctionTask[], query: string): readonly FunctionTask[] {
  const q = query.trim().toLowerCase();
  if (!q) return tasks;
  const gen = q.replace(/^#/, '');
  return tasks.filter((t) => t.runId.toLowerCase().includes(q) || (t.generation ?? '') === gen);
}

function sortValue(task: FunctionTask, key: SortKey, now: number): number | string | null {
  switch (key) {
    case 'status':
      return task.status;
    case 'progress':
      return task.progress;
    case 'runId':
      return task.runId;
    case 'generation': {
      const n = Number(task.generation);
      return task.generation === null || !Number.isFinite(n) ? null : n;
    }
    case 'start':
      return task.startTime;
    case 'duration':
      return taskDurationMs(task, now);
    case 'errors':
      return taskErrorMessages(task).length;
    default:
      return metricValue(task, key.slice('metric:'.length));
  }
}

/** Sorted copy (stable); missing values last in either direction. The default sort returns the input. */
export function sortTasks(
  tasks: readonly FunctionTask[],
  sort: SortState,
  now: number,
): readonly FunctionTask[] {
  if (sort.key === DEFAULT_SORT.key && sort.dir === DEFAULT_SORT.dir) return tasks;
  const sign = sort.dir === 'asc' ? 1 : -1;
  const keyed = tasks.map((task, index) => ({ task, index, value: sortValue(task, sort.key, now) }));
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value === b.value) return a.index - b.index;
      return a.value === null ? 1 : -1;
    }
    const c =
      typeof a.value === 'number' && typeof b.value === 'number'
        ? a.value - b.value
        : String(a.value).localeCompare(String(b.value));
    return c === 0 ? a.index - b.index : sign * c;
  });
  return keyed.map((k) => k.task);
}

/** The CSV of the rows in view: every column of the table, all errors, times in the chosen zone. */
export function tasksCsv(
  tasks: readonly FunctionTask[],
  metrics: readonly string[],
  zone: TimeZoneChoice,
  separator: CsvSeparator = ',',
): string {
  const zoneName = zone === 'utc' ? 'UTC' : 'local';
  const header = [
    'status',
    'progress',
    'runId',
    'generation',
    `startTime (${zoneName})`,
    `endTime (${zoneName})`,
    'durationSeconds',
    ...metrics,
    'errors',
  ];
  const rows = tasks.map((t) => [
    t.status,
    t.progress === null ? '' : String(t.progress),
    t.runId,
    t.generation ?? '',
    formatTime(t.startTime, zone),
    t.endTime === null ? '' : formatTime(t.endTime, zone),
    t.endTime === null ? '' : String(Math.round((t.endTime - t.startTime) / 1000)),
    ...metrics.map((m) => {
      const v = metricValue(t, m);
      return v === null ? '' : String(v);
    }),
    taskErrorMessages(t).join(' | '),
  ]);
  return toCsv([header, ...rows], { separator });
}

/** How many metric columns the table shows by default. */
export const DEFAULT_METRIC_COLUMNS = 3;

/**
 * The runs table's metric columns: the chosen ones that the runs carry, in the chosen order; without a choice,
 * the headline metric (core's rule, as the overview's) first, then the other metrics as the runs list them, up to
 * `DEFAULT_METRIC_COLUMNS`. The first column is the one a phone shows.
 */
export function metricColumns(
  tasks: readonly FunctionTask[],
  metrics: readonly string[],
  chosen: readonly string[],
): string[] {
  if (chosen.length > 0) return chosen.filter((name) => metrics.includes(name));
  const headline = headlineMetric(tasks);
  const rest = metrics.filter((name) => name !== headline);
  return [...(headline ? [headline] : []), ...rest].slice(0, DEFAULT_METRIC_COLUMNS);
}
