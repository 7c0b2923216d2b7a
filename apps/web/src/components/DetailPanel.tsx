import { type FunctionTask, taskDurationMs, taskErrorMessages } from '@fntasks/core';
import { useEffect, useRef } from 'preact/hooks';
import { clipText, flattenInfo } from '../bounded-view';
import { formatDuration, formatTime, formatValue, type TimeZoneChoice, zoneLabel } from '../format';
import { CopyButton } from './CopyButton';
import { ProgressBar, StatusBadge } from './StatusBadge';

interface Props {
  task: FunctionTask;
  now: number;
  zone: TimeZoneChoice;
  onClose: () => void;
}

/**
 * One task in full. `extendInfo` is shown as key/value rows and its raw text; every value is rendered as a
 * text node (never as HTML), so a value holding `<script>` or markup is displayed, not executed.
 */
export function DetailPanel({ task, now, zone, onClose }: Props) {
  const closeRef = useRef<HTMLButtonElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves to the panel whenever another task is shown
  useEffect(() => closeRef.current?.focus({ preventScroll: true }), [task.runId, task.generation]);
  const rows = task.extendInfo ? flattenInfo(task.extendInfo) : [];
  const errors = taskErrorMessages(task);

  return (
    <aside
      class="detail"
      aria-labelledby="detail-title"
      data-testid="detail"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <header class="detail-head">
        <h2 id="detail-title">Task details</h2>
        <button type="button" ref={closeRef} onClick={onClose} aria-label="Close task details">
          ✕ <span class="close-text">Close</span>
        </button>
      </header>
      <dl class="kv">
        <dt>Status</dt>
        <dd>
          <StatusBadge status={task.status} />
        </dd>
        <dt>Progress</dt>
        <dd>
          <ProgressBar value={task.progress} label="Task progress" />
        </dd>
        <dt>Run ID</dt>
        <dd class="mono">
          {task.runId} <CopyButton text={task.runId} label="Copy the run id" />
        </dd>
        <dt>Generation</dt>
        <dd>{task.generation ?? '—'}</dd>
        <dt>Function</dt>
        <dd>{task.functionName}</dd>
        <dt>Started</dt>
        <dd>
          {formatTime(task.startTime, zone)} {zoneLabel(zone)}
        </dd>
        <dt>Ended</dt>
        <dd>{task.endTime === null ? 'not yet' : `${formatTime(task.endTime, zone)} ${zoneLabel(zone)}`}</dd>
        <dt>Duration</dt>
        <dd>{formatDuration(taskDurationMs(task, now))}</dd>
      </dl>
      {errors.length > 0 && (
        <section aria-labelledby="detail-errors">
          <h3 id="detail-errors">Errors ({errors.length})</h3>
          <ul class="errors-list">
            {errors.map((e, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: errors can repeat; their position is their identity
              <li key={i}>{e}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="detail-info">
        <h3 id="detail-info">extendInfo</h3>
        {rows.length ? (
          <dl class="kv" data-testid="extend-info">
            {rows.map(([k, v]) => (
              <div class="kv-row" key={k}>
                <dt class="mono">{k}</dt>
                <dd>{formatValue(v)}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <p class="muted">{task.extendInfoRaw ? 'Not a JSON object; raw text below.' : 'Empty.'}</p>
        )}
        {task.extendInfoRaw !== null && (
          <details>
            <summary>Raw text</summary>
            <pre class="raw" data-testid="extend-info-raw">
              {clipText(task.extendInfoRaw)}
            </pre>
          </details>
        )}
      </section>
      {task.warnings.length > 0 && (
        <section aria-labelledby="detail-warnings">
          <h3 id="detail-warnings">Normaliser warnings</h3>
          <ul>
            {task.warnings.map((w, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: warnings can repeat; their position is their identity
              <li key={i}>{w.kind}</li>
            ))}
          </ul>
        </section>
      )}
    </aside>
  );
}
