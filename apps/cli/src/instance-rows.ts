/**
 * The data `instances`, `instance` and `health` read and their formats print: its own module, so commands and
 * formats both depend on it and never on each other.
 */
import type { FunctionInstance, FunctionTask, HealthVerdict, MetricTrend } from '@fntasks/core';

/** An instance and its newest run (`null`: never ran, or the run could not be read). */
export interface InstanceWithLastRun extends FunctionInstance {
  readonly lastRun: FunctionTask | null;
}

/** The headline metric as the CLI prints and serialises it: core's trend without the sparkline's points. */
export type MetricSummary = Omit<MetricTrend, 'points'>;

/** An instance with its newest run, headline metric and the overview's verdict. */
export interface InstanceRow extends InstanceWithLastRun {
  readonly metric: MetricSummary | null;
  readonly verdict: HealthVerdict;
  /** The verdict's reason in a few words. */
  readonly reason: string;
}

/** An instance with its last run and whether it is its function's default instance. */
export interface InstanceDetails extends InstanceWithLastRun {
  readonly isDefault: boolean;
}
