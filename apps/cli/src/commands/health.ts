/**
 * `fntasks health APP [FN]`: the overview's verdict for a cron job or a CI gate. Each instance is failing,
 * regressing or fine by core's rule (`instanceHealth`, read through `findInstances`, the rows `instances`
 * prints), listed in attention order with a one-line summary. Exit 9 when something is failing, 10 when
 * something regressed and nothing is failing, 0 when all are fine (README, "Exit codes").
 */
import { byAttention, healthCounts, healthSummary } from '@fntasks/core';
import type { InstanceSource } from '../args.js';
import { toCliError } from '../core-errors.js';
import { CliError, ExitCode } from '../errors.js';
import type { InstanceRow } from '../instance-rows.js';
import type { GlobalOptions, Io } from '../io.js';
import { findInstances } from './instances.js';
import { type CommandDeps, clientFor, displayFor } from './shared.js';

/** Options of `health`. */
export interface HealthCommandOptions extends GlobalOptions {
  readonly appGroup: string;
  /** One function; absent: each documented function name. */
  readonly functionName?: string;
  readonly source?: InstanceSource;
  /** The headline metric to judge; default: core's choice per instance. */
  readonly metric?: string;
  /** Smallest drop that counts, as a fraction of the recent mean; default: core's. */
  readonly threshold?: number;
  /** `table` (default, also when piped: the exit code is the machine answer) or `json`. */
  readonly output?: 'table' | 'json';
}

/** `app/function/instance`. */
const label = (row: InstanceRow, appGroup: string) => `${appGroup}/${row.functionName}/${row.instanceName}`;

/** Prints the verdicts and throws the exit code's error when something is failing or regressing. */
export async function health(options: HealthCommandOptions, io: Io, deps: CommandDeps = {}): Promise<void> {
  const client = await clientFor(options, io, deps);
  let rows: InstanceRow[];
  try {
    rows = byAttention(await findInstances(client, options, io), (row) => row.verdict);
  } catch (error) {
    throw toCliError(error, { options });
  }
  const counts = healthCounts(rows.map((row) => row.verdict));
  const summary = rows.length === 0 ? 'no instances' : healthSummary(counts);
  const { renderHealth } = await import('../format/health.js');
  io.stdout.write(
    renderHealth(options.output ?? 'table', rows, summary, counts, {
      ...displayFor(options, io, io.stdout),
      showFunction: options.functionName === undefined,
    }),
  );
  const named = (verdict: InstanceRow['verdict']) =>
    rows.filter((row) => row.verdict === verdict).map((row) => label(row, options.appGroup));
  if (counts.failing > 0) {
    const regressing = named('regressing');
    throw new CliError(
      `${counts.failing} failing: ${named('failing').join(', ')}${regressing.length ? `; ${regressing.length} regressing: ${regressing.join(', ')}` : ''}.`,
      ExitCode.Failing,
    );
  }
  if (counts.regressing > 0)
    throw new CliError(
      `${counts.regressing} regressing: ${named('regressing').join(', ')}.`,
      ExitCode.Regressing,
    );
}
