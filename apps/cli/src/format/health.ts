/**
 * The formats of `health`: a table in attention order (verdict, instance, headline metric, change, reason)
 * ending with the summary line, or one JSON document `{summary, counts, instances}`. Wire text is inert in the
 * table; json stays exact JSON.
 */
import type { HealthCounts } from '@fntasks/core';
import { inert } from '@fntasks/output';
import Table from 'cli-table3';
import type { InstanceRow } from '../instance-rows.js';
import type { DisplayOptions } from './fields.js';
import { renderJson } from './json.js';
import { metricChangeText, metricValueText } from './metric-change.js';
import { type Colors, colors } from './style.js';

/** Display settings of the health report. */
export interface HealthDisplay extends DisplayOptions {
  /** Add a FUNCTION column (all functions judged). */
  readonly showFunction: boolean;
}

/** The verdict word, coloured: failing red, regressing yellow, fine green. */
function verdictText(verdict: InstanceRow['verdict'], c: Colors): string {
  return verdict === 'failing'
    ? c.red(c.bold(verdict))
    : verdict === 'regressing'
      ? c.yellow(verdict)
      : c.green(verdict);
}

/** Renders the report (newline-terminated). */
export function renderHealth(
  format: 'table' | 'json',
  rows: readonly InstanceRow[],
  summary: string,
  counts: HealthCounts,
  display: HealthDisplay,
): string {
  if (format === 'json') {
    return renderJson({
      summary,
      counts,
      instances: rows.map(({ functionName, instanceName, verdict, reason, metric, lastRun }) => ({
        functionName,
        instanceName,
        verdict,
        reason,
        metric,
        lastRun: lastRun && {
          generation: lastRun.generation,
          status: lastRun.status,
          startTime: lastRun.startTime,
        },
      })),
    });
  }
  if (rows.length === 0) return `${summary}\n`;
  const c = colors(display.color);
  const head = ['VERDICT', 'NAME', ...(display.showFunction ? ['FUNCTION'] : []), 'METRIC', 'CHANGE', 'WHY'];
  const table = new Table({
    head: head.map((h) => c.bold(h)),
    style: { head: [], border: display.color ? ['grey'] : [] },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const row of rows) {
    table.push([
      verdictText(row.verdict, c),
      inert(row.instanceName),
      ...(display.showFunction ? [inert(row.functionName)] : []),
      row.metric ? metricValueText(row.metric) : c.dim('-'),
      row.metric ? metricChangeText(row.metric, c) : c.dim('-'),
      inert(row.reason),
    ]);
  }
  return `${table.toString()}\n${summary}\n`;
}
