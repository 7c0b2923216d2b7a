/** How task fields read for people: times, durations and metrics out of `extendInfo` (durations and errors: core's rules). */
import { type FunctionTask, readMetric } from '@fntasks/core';

/** Presentation settings shared by the human formats. */
export interface DisplayOptions {
  /** Times in UTC (suffix `Z`) instead of local time. */
  readonly utc: boolean;
  /** The current time, for the duration of running tasks. */
  readonly now: number;
  /** Colour (ANSI) on or off. */
  readonly color: boolean;
  /** The output is a terminal: machine formats (csv) show control characters as escapes there too. */
  readonly terminal?: boolean;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `2025-11-28 12:00:05` in local time, or `2025-11-28 12:00:05Z` in UTC. */
export function formatTime(millis: number | null, utc: boolean): string {
  if (millis === null) return '';
  const d = new Date(millis);
  if (utc) {
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}Z`;
  }
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** ISO-8601 with milliseconds: `…Z` in UTC, or local time with its offset (`…+08:00`), for machine formats. */
export function formatIsoTime(millis: number | null, utc: boolean): string {
  if (millis === null) return '';
  const d = new Date(millis);
  if (utc) return d.toISOString();
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** A compact duration: `850ms`, `12s`, `3m 05s`, `1h 02m`, `2d 03h`. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '';
  if (ms < 1000) return `${Math.round(ms)}ms`;
  const s = Math.floor(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${pad(s % 60)}s`;
  const h = Math.floor(m / 60);
  if (h < 24) return `${h}h ${pad(m % 60)}m`;
  return `${Math.floor(h / 24)}d ${pad(h % 24)}h`;
}

/**
 * The numeric metrics of `extendInfo` as core's `readMetric` reads them (numbers and numeric strings; `errors`
 * and other values are not metrics), in the order the task lists them: its producer's order says what matters.
 */
export function taskMetrics(task: FunctionTask): Array<[string, number]> {
  const names = Object.keys(task.extendInfo ?? {}).filter((name) => name !== 'errors');
  return names.flatMap((name): Array<[string, number]> => {
    const value = readMetric(task, name);
    return value === null ? [] : [[name, value]];
  });
}

/** `recall=91 auc=0.83` with at most `max` metrics. */
export function formatMetrics(task: FunctionTask, max = 3, separator = ' '): string {
  return taskMetrics(task)
    .slice(0, max)
    .map(([key, value]) => `${key}=${value}`)
    .join(separator);
}

/** Every line of `text` indented by two spaces (the detail views' sections). */
export function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
