/** A status shown as icon + text (never colour alone); unknown statuses are shown as they came. */
const ICONS: Record<string, string> = { success: '✓', failed: '✕', running: '◔' };

export function StatusBadge({ status }: { status: string }) {
  const known = status in ICONS;
  return (
    <span class={`badge badge-${known ? status : 'unknown'}`}>
      <span class="badge-icon" aria-hidden="true">
        {ICONS[status] ?? '?'}
      </span>
      {status || 'unknown'}
    </span>
  );
}

/** A progress bar with its percentage as text. */
export function ProgressBar({ value, label }: { value: number; label: string }) {
  const v = Math.max(0, Math.min(100, value));
  return (
    <span class="progress">
      <span
        class="progress-track"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={v}
        aria-label={label}
      >
        <span class="progress-fill" style={{ width: `${v}%` }} />
      </span>
      <span class="progress-text">{v}%</span>
    </span>
  );
}
