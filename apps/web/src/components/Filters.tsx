import type { RangePreset, ViewState } from '../url-state';

interface Props {
  state: ViewState;
  onChange: (patch: Partial<ViewState>) => void;
}

/** Status and time-range filters; each change becomes a new request (the API filters, not the browser). */
export function Filters({ state, onChange }: Props) {
  return (
    <form class="filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
      <div class="field">
        <label for="status-filter">Status</label>
        <select
          id="status-filter"
          value={state.status}
          onChange={(e) => onChange({ status: e.currentTarget.value as ViewState['status'] })}
        >
          <option value="">All statuses</option>
          <option value="running">Running</option>
          <option value="success">Success</option>
          <option value="failed">Failed</option>
        </select>
      </div>
      <div class="field">
        <label for="range-filter">Time range</label>
        <select
          id="range-filter"
          value={state.range}
          onChange={(e) => onChange({ range: e.currentTarget.value as RangePreset })}
        >
          <option value="all">All time</option>
          <option value="1h">Started in the last hour</option>
          <option value="24h">Started in the last 24 hours</option>
          <option value="7d">Started in the last 7 days</option>
          <option value="30d">Started in the last 30 days</option>
          <option value="custom">Custom…</option>
        </select>
      </div>
      {state.range === 'custom' && (
        <>
          <div class="field">
            <label for="from-filter">Started after</label>
            <input
              id="from-filter"
              type="datetime-local"
              step="1"
              value={state.from}
              onChange={(e) => onChange({ from: e.currentTarget.value })}
            />
          </div>
          <div class="field">
            <label for="to-filter">Ended before</label>
            <input
              id="to-filter"
              type="datetime-local"
              step="1"
              value={state.to}
              onChange={(e) => onChange({ to: e.currentTarget.value })}
            />
          </div>
        </>
      )}
    </form>
  );
}
