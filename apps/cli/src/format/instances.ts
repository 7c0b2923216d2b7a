/**
 * The formats of `instances`: a table (name, model type, status, cron, last run, headline metric and its
 * change), or the instances with their `lastRun`, `metric` and `verdict` as data (json, ndjson, yaml), or csv.
 * Wire text is made inert in the table (and in csv on a terminal); json stays exact JSON.
 */
import { toCsv } from '@fntasks/output';
import type { OutputFormat } from '../args.js';
import type { InstanceRow } from '../instance-rows.js';
import { printableTask } from './depth.js';
import { formatIsoTime } from './fields.js';
import type { InstancesDisplay } from './last-run.js';

/** The rows with a too-deep extendInfo of their last run made printable (depth.ts). */
function printable(rows: readonly InstanceRow[]): InstanceRow[] {
  return rows.map((row) => (row.lastRun ? { ...row, lastRun: printableTask(row.lastRun) } : row));
}

/** Renders the instances in `format` (newline-terminated). */
export async function renderInstances(
  format: OutputFormat,
  given: readonly InstanceRow[],
  display: InstancesDisplay,
): Promise<string> {
  const rows = printable(given);
  switch (format) {
    case 'json': {
      const { renderJson } = await import('./json.js');
      return renderJson(rows);
    }
    case 'ndjson': {
      const { renderNdjson } = await import('./ndjson.js');
      return renderNdjson(rows);
    }
    case 'yaml': {
      const { renderYaml } = await import('./yaml.js');
      return renderYaml(rows);
    }
    case 'csv':
      return toCsv(
        [
          [
            'functionName',
            'instanceName',
            'modelType',
            'functionType',
            'status',
            'source',
            'cron',
            'createTime',
            'lastRunGeneration',
            'lastRunStatus',
            'lastRunStartTime',
            'lastRunEndTime',
            'metric',
            'metricLatest',
            'metricBaseline',
            'metricChange',
            'verdict',
          ],
          ...rows.map((row) => [
            row.functionName,
            row.instanceName,
            row.modelType ?? '',
            row.functionType ?? '',
            row.status ?? '',
            row.source ?? '',
            row.cron,
            formatIsoTime(row.createTime, display.utc),
            row.lastRun?.generation ?? '',
            row.lastRun?.status ?? '',
            row.lastRun ? formatIsoTime(row.lastRun.startTime, display.utc) : '',
            row.lastRun ? formatIsoTime(row.lastRun.endTime, display.utc) : '',
            row.metric?.name ?? '',
            String(row.metric?.latest ?? ''),
            String(row.metric?.baseline ?? ''),
            String(row.metric?.change ?? ''),
            row.verdict,
          ]),
        ],
        { terminal: display.terminal === true },
      );
    case 'table': {
      if (rows.length === 0) return 'No instances.\n';
      const { renderInstanceTable } = await import('./instance-table.js');
      return `${renderInstanceTable(rows, display)}\n`;
    }
  }
}
