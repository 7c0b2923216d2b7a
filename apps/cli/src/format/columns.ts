/** The columns of `--columns`, shared by the table and csv formats. */
import { type FunctionTask, taskDurationMs, taskErrorMessages } from '@fntasks/core';
import type { ColumnId } from '../args.js';
import { type DisplayOptions, formatDuration, formatIsoTime, formatMetrics, formatTime } from './fields.js';

/** A column of the table: its header and plain cell text. */
export interface TableColumnSpec {
  readonly tableHeader: string;
  /** Plain cell text for the table (colour and bars are added by the table formatter). */
  table(task: FunctionTask, options: DisplayOptions): string;
}

/** One column: its table header, csv header, and the cell text for each. */
export interface ColumnSpec extends TableColumnSpec {
  readonly csvHeader: string;
  /** Cell text for csv (machine-readable: ISO times, milliseconds, raw JSON). */
  csv(task: FunctionTask, options: DisplayOptions): string;
}

/** Every column; `metrics` is the table's only: csv.ts writes one `metric.<name>` column per metric instead. */
export const COLUMNS: Record<Exclude<ColumnId, 'metrics'>, ColumnSpec> & { metrics: TableColumnSpec } = {
  'run-id': { tableHeader: 'RUN ID', csvHeader: 'runId', table: (t) => t.runId, csv: (t) => t.runId },
  generation: {
    tableHeader: 'GEN',
    csvHeader: 'generation',
    table: (t) => t.generation ?? '-',
    csv: (t) => t.generation ?? '',
  },
  status: { tableHeader: 'STATUS', csvHeader: 'status', table: (t) => t.status, csv: (t) => t.status },
  progress: {
    tableHeader: 'PROGRESS',
    csvHeader: 'progress',
    table: (t) => `${t.progress}%`,
    csv: (t) => String(t.progress),
  },
  start: {
    tableHeader: 'STARTED',
    csvHeader: 'startTime',
    table: (t, o) => formatTime(t.startTime, o.utc),
    csv: (t, o) => formatIsoTime(t.startTime, o.utc),
  },
  end: {
    tableHeader: 'ENDED',
    csvHeader: 'endTime',
    table: (t, o) => (t.endTime === null ? '-' : formatTime(t.endTime, o.utc)),
    csv: (t, o) => formatIsoTime(t.endTime, o.utc),
  },
  duration: {
    tableHeader: 'DURATION',
    csvHeader: 'durationMs',
    table: (t, o) => {
      const ms = taskDurationMs(t, o.now);
      return ms === null ? '-' : formatDuration(ms);
    },
    csv: (t, o) => {
      const ms = taskDurationMs(t, o.now);
      return ms === null ? '' : String(ms);
    },
  },
  metrics: { tableHeader: 'METRICS', table: (t) => formatMetrics(t) || '-' },
  errors: {
    tableHeader: 'ERRORS',
    csvHeader: 'errors',
    table: (t) => {
      const errors = taskErrorMessages(t);
      if (errors.length === 0) return '-';
      const first = errors[0] as string;
      const short = first.length > 40 ? `${first.slice(0, 39)}…` : first;
      return errors.length > 1 ? `${short} (+${errors.length - 1})` : short;
    },
    csv: (t) => taskErrorMessages(t).join('; '),
  },
  function: {
    tableHeader: 'FUNCTION',
    csvHeader: 'functionName',
    table: (t) => t.functionName,
    csv: (t) => t.functionName,
  },
  'extend-info': {
    tableHeader: 'EXTEND INFO',
    csvHeader: 'extendInfo',
    table: (t) => (t.extendInfo ? JSON.stringify(t.extendInfo) : (t.extendInfoRaw ?? '-')),
    csv: (t) => (t.extendInfo ? JSON.stringify(t.extendInfo) : (t.extendInfoRaw ?? '')),
  },
};

/** The table's columns when `--columns` is not given. */
export const DEFAULT_TABLE_COLUMNS: readonly ColumnId[] = [
  'run-id',
  'generation',
  'status',
  'progress',
  'start',
  'duration',
  'metrics',
];

/**
 * The csv columns when `--columns` is not given: everything needed to rebuild the task, with each metric
 * (`metrics` becomes `metric.<name>` columns, csv.ts) and the errors in columns of their own.
 */
export const DEFAULT_CSV_COLUMNS: readonly ColumnId[] = [
  'function',
  'run-id',
  'generation',
  'status',
  'progress',
  'start',
  'end',
  'duration',
  'metrics',
  'errors',
  'extend-info',
];
