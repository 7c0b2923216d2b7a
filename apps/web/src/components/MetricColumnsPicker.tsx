/**
 * Which metrics the runs table shows as columns, kept in the URL (`cols=`): a checkbox per metric the runs
 * carry, in the order shown (the first is the one a phone shows); "Default" goes back to the headline metric and
 * the next ones.
 */
export function MetricColumnsPicker({
  metrics,
  columns,
  onColumns,
}: {
  metrics: readonly string[];
  columns: readonly string[];
  onColumns: (columns: string[]) => void;
}) {
  if (metrics.length === 0) return null;
  const ordered = [...columns, ...metrics.filter((m) => !columns.includes(m))];
  return (
    <details class="columns-pick" data-testid="metric-columns">
      <summary>Columns ({columns.length})</summary>
      <fieldset>
        <legend class="visually-hidden">Metric columns</legend>
        {ordered.map((m) => (
          <label key={m}>
            <input
              type="checkbox"
              value={m}
              checked={columns.includes(m)}
              // the table keeps at least one metric column
              disabled={columns.length === 1 && columns[0] === m}
              onChange={(e) =>
                onColumns(e.currentTarget.checked ? [...columns, m] : columns.filter((c) => c !== m))
              }
            />{' '}
            {m}
          </label>
        ))}
        <button type="button" onClick={() => onColumns([])}>
          Default
        </button>
      </fieldset>
    </details>
  );
}
