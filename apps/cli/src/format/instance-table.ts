/** The `table` format of `instances`: a cli-table3 table, every cell inert; the change coloured by the metric's direction. */
import { inert } from '@fntasks/output';
import Table from 'cli-table3';
import type { InstanceRow } from '../instance-rows.js';
import { type InstancesDisplay, lastRunText } from './last-run.js';
import { metricChangeText, metricValueText } from './metric-change.js';
import { colorStatus, colors } from './style.js';

/** Renders the instance table (no trailing newline). */
export function renderInstanceTable(rows: readonly InstanceRow[], display: InstancesDisplay): string {
  const c = colors(display.color);
  const head = [
    'NAME',
    ...(display.showFunction ? ['FUNCTION'] : []),
    'MODEL TYPE',
    'STATUS',
    'CRON',
    'LAST RUN',
    'METRIC',
    'CHANGE',
  ];
  const table = new Table({
    head: head.map((h) => c.bold(h)),
    style: { head: [], border: display.color ? ['grey'] : [] },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const row of rows) {
    table.push([
      inert(row.instanceName),
      ...(display.showFunction ? [inert(row.functionName)] : []),
      inert(row.modelType ?? '-'),
      inert(row.status ?? '-'),
      inert(row.cron || '-'),
      row.lastRun ? lastRunText(row, display.utc, (status) => colorStatus(status, c)) : c.dim('never'),
      row.metric ? metricValueText(row.metric) : c.dim('-'),
      row.metric ? metricChangeText(row.metric, c) : c.dim('-'),
    ]);
  }
  return table.toString();
}
