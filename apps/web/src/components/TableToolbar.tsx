import type { FunctionTask } from '@fntasks/core';
import { formatCount, type TimeZoneChoice, zoneLabel } from '../format';
import { tasksCsv } from '../table-view';
import { MetricColumnsPicker } from './MetricColumnsPicker';

/** Search, the time zone switch, the metric columns and CSV export of the rows in view. */
export function TableToolbar({
  query,
  onQuery,
  zone,
  onZone,
  rows,
  total,
  metrics,
  columns,
  onColumns,
  fileName,
}: {
  query: string;
  onQuery: (q: string) => void;
  zone: TimeZoneChoice;
  onZone: (zone: TimeZoneChoice) => void;
  rows: readonly FunctionTask[];
  total: number;
  metrics: readonly string[];
  /** The metric columns shown, in order. */
  columns: readonly string[];
  onColumns: (columns: string[]) => void;
  fileName: string;
}) {
  return (
    <div class="toolbar">
      <div class="field inline">
        <label for="task-search">Search</label>
        <input
          id="task-search"
          type="search"
          placeholder="run id or generation"
          value={query}
          onInput={(e) => onQuery(e.currentTarget.value)}
        />
      </div>
      {query && (
        <span class="muted" data-testid="search-count">
          {formatCount(rows.length)} of {formatCount(total)}
        </span>
      )}
      <fieldset class="zone" aria-label="Time zone">
        <legend class="visually-hidden">Time zone</legend>
        {(['utc', 'local'] as const).map((z) => (
          <label key={z} class={zone === z ? 'seg on' : 'seg'}>
            <input type="radio" name="tz" value={z} checked={zone === z} onChange={() => onZone(z)} />
            {z === 'utc' ? 'UTC' : 'Local'}
          </label>
        ))}
        {zone === 'local' && (
          <span class="muted zone-name" data-testid="zone-label">
            {zoneLabel(zone)}
          </span>
        )}
      </fieldset>
      <MetricColumnsPicker metrics={metrics} columns={columns} onColumns={onColumns} />
      <button
        type="button"
        data-testid="export-csv"
        onClick={() => {
          const blob = new Blob([tasksCsv(rows, metrics, zone)], { type: 'text/csv;charset=utf-8' });
          const a = document.createElement('a');
          a.href = URL.createObjectURL(blob);
          a.download = fileName;
          a.click();
          setTimeout(() => URL.revokeObjectURL(a.href), 1000);
        }}
      >
        ⤓ Export CSV ({formatCount(rows.length)})
      </button>
    </div>
  );
}
