import { formatCount, formatTime } from '../format';
import type { TaskData } from '../hooks/useTaskLoader';
import type { ViewState } from '../url-state';

/** The summary of the view (counts, loading progress) and the live-refresh controls. */
export function StatusLine({
  data,
  counts,
  anyRunning,
  autoRefresh,
  refreshing,
  paused,
  onPause,
  onReload,
  view,
}: {
  data: TaskData;
  counts: Record<string, number>;
  anyRunning: boolean;
  autoRefresh: boolean;
  refreshing: boolean;
  paused: boolean;
  onPause: () => void;
  onReload: () => void;
  view: ViewState;
}) {
  return (
    <div class="status-line">
      <p class="summary" role="status" data-testid="summary">
        {data.phase === 'loading' &&
          (data.total
            ? `Loading ${formatCount(data.partial.length)} of ${formatCount(data.total)} tasks…`
            : 'Loading tasks…')}
        {data.phase === 'ready' && (
          <>
            <strong>{formatCount(data.tasks.length)}</strong> {data.tasks.length === 1 ? 'task' : 'tasks'}
            {Object.entries(counts).map(([s, n]) => ` · ${formatCount(n)} ${s || 'unknown'}`)}
            {data.drift !== 0 &&
              ` · ${formatCount(Math.abs(data.drift))} ${data.drift > 0 ? 'started' : 'left the view'} while loading`}
          </>
        )}
        {data.phase === 'error' && 'Could not load tasks.'}
      </p>
      {data.phase === 'ready' && (
        <div class="live" data-testid="live">
          <span
            class={autoRefresh ? (refreshing ? 'live-dot busy' : 'live-dot on') : 'live-dot'}
            aria-hidden="true"
          />
          <span data-testid="live-text">
            {anyRunning
              ? paused
                ? 'Auto-refresh paused'
                : `Auto-refresh every ${view.refreshMs / 1000} s${refreshing ? ' — refreshing…' : ''}`
              : 'No running tasks — auto-refresh off'}
          </span>
          <span class="muted updated">
            Updated {formatTime(data.fetchedAt, view.tz).slice(11)} {view.tz === 'utc' ? 'UTC' : ''}
            {data.requestId ? ` · requestId ${data.requestId}` : ''}
          </span>
          {anyRunning && (
            <button type="button" aria-pressed={paused} onClick={onPause}>
              {paused ? '▶ Resume' : '❚❚ Pause'}
            </button>
          )}
          <button type="button" onClick={onReload}>
            ↻ Reload
          </button>
        </div>
      )}
    </div>
  );
}
