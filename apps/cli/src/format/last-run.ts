/** The last run of an instance in a few words: shared by the instance table and the instance detail. */
import { inert } from '@fntasks/output';
import type { InstanceWithLastRun } from '../instance-rows.js';
import { type DisplayOptions, formatTime } from './fields.js';

/** Display settings of the instance list. */
export interface InstancesDisplay extends DisplayOptions {
  /** Add a FUNCTION column (all functions listed). */
  readonly showFunction: boolean;
}

/**
 * The last run in a few words, its wire text inert: `success · gen 3 · 2025-11-28 10:00:00`,
 * `running 40% · gen 4 · …`, or `never`. `paint` colours the status word.
 */
export function lastRunText(
  row: InstanceWithLastRun,
  utc: boolean,
  paint: (status: string) => string = (status) => status,
): string {
  const run = row.lastRun;
  if (!run) return 'never';
  const status = paint(inert(run.status));
  const state = run.status === 'running' ? `${status} ${run.progress}%` : status;
  return `${state} · gen ${inert(run.generation ?? '-')} · ${formatTime(run.startTime, utc)}`;
}
