import type { InstanceHealth } from '@fntasks/core';
import { formatPercent, formatRelative, formatTime, formatValue } from '../format';
import type { SetView } from '../hooks/useViewState';
import type { InstanceInfo, InstanceRuns } from '../instances';
import { successRate } from '../overview';
import type { ViewState } from '../url-state';
import { ErrorBox } from './ErrorBox';
import { InstanceLink } from './InstanceLink';
import { MetricChange } from './MetricChange';
import { Sparkline } from './Sparkline';
import { StatusBadge } from './StatusBadge';

/** The verdict's words on a card (a fine instance shows none). */
const VERDICT_TEXT = { failing: 'failing', regressing: 'regressing', fine: '' } as const;

/**
 * One instance on the overview: its verdict, headline metric with the latest successful value, its change and a
 * sparkline, then the success rate and last run of the newest page of runs.
 */
export function InstanceCard({
  instance,
  runs,
  health,
  now,
  view,
  setView,
}: {
  instance: InstanceInfo;
  runs: InstanceRuns | undefined;
  health: InstanceHealth | null;
  now: number;
  view: ViewState;
  setView: SetView;
}) {
  const rate = runs && 'tasks' in runs ? successRate(runs.tasks) : null;
  const last = health?.lastRun ?? null;
  const metric = health?.metric ?? null;
  return (
    <li
      class={`card${health ? ` verdict-${health.verdict}` : ''}`}
      data-testid="instance-card"
      data-ready={runs ? 'true' : 'false'}
      data-verdict={health?.verdict ?? ''}
      data-instance={instance.instanceName}
    >
      <h4>
        <InstanceLink instance={instance} view={view} setView={setView}>
          {instance.instanceName}
        </InstanceLink>
        {instance.isDefault && <span class="tag">default</span>}
        {health && health.verdict !== 'fine' && (
          <span class={`verdict ${health.verdict}`} data-testid="card-verdict" title={health.reason}>
            {VERDICT_TEXT[health.verdict]}
          </span>
        )}
      </h4>
      <p class="muted card-sub">
        {instance.appGroupIdentity} / {instance.functionName}
        {instance.modelType ? ` · ${instance.modelType}` : ''}
        {instance.status ? ` · ${instance.status}` : ''}
        {instance.cron ? ` · cron ${instance.cron}` : ''}
      </p>
      {!runs && <p class="muted">Loading runs…</p>}
      {runs && 'error' in runs && <ErrorBox error={runs.error} compact />}
      {runs && 'tasks' in runs && (
        <>
          {metric ? (
            <div class="card-metric" data-testid="card-metric" data-metric={metric.name}>
              <span class="metric-name">{metric.name}</span>{' '}
              <strong
                class="metric-value"
                title={metric.latestGeneration ? `generation ${metric.latestGeneration}` : undefined}
              >
                {metric.latest === null ? '—' : formatValue(metric.latest)}
              </strong>{' '}
              <MetricChange metric={metric} />
              <Sparkline name={metric.name} points={metric.points} />
            </div>
          ) : (
            <p class="muted card-metric" data-testid="card-metric">
              {view.metric && runs.tasks.length ? `No run carries ${view.metric}.` : 'No metrics yet.'}
            </p>
          )}
          <dl class="card-facts">
            <dt>{runs.tasks.length ? `Success, last ${runs.tasks.length}` : 'Success'}</dt>
            <dd>
              {rate === null ? (
                'no finished runs'
              ) : (
                <>
                  <span class="rate-bar" aria-hidden="true">
                    <span style={{ width: formatPercent(rate) }} />
                  </span>
                  {formatPercent(rate)}
                </>
              )}
            </dd>
            <dt>Last run</dt>
            <dd>
              {last ? (
                <>
                  <StatusBadge status={last.status} />{' '}
                  <span title={formatTime(last.startTime, view.tz)}>
                    {formatRelative(last.startTime, now)}
                  </span>
                </>
              ) : (
                'never trained'
              )}
            </dd>
          </dl>
        </>
      )}
    </li>
  );
}
