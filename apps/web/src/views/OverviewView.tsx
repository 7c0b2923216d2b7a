import type { FunctionTasksClient } from '@fntasks/core';
import { useMemo } from 'preact/hooks';
import { AddAppGroup } from '../components/AddAppGroup';
import { ErrorBox } from '../components/ErrorBox';
import { InstanceLink } from '../components/InstanceLink';
import { OpenByName } from '../components/OpenByName';
import { ProgressBar, StatusBadge } from '../components/StatusBadge';
import { formatDuration, formatPercent, formatRelative, formatTime } from '../format';
import { type InstanceRuns, useOverviewRuns } from '../hooks/useOverviewRuns';
import { useDocumentState, usePerfMark } from '../hooks/usePerfMarks';
import type { SetView } from '../hooks/useViewState';
import { type Discovery, type InstanceInfo, instanceKey } from '../instances';
import { estimateRunning, failures, lastRun, successRate } from '../overview';
import type { ViewState } from '../url-state';

/** How many failures the overview lists. */
const FAILURES_SHOWN = 6;

/**
 * The landing view across instances: what is training now (and how long it has left), what failed lately
 * (with its first error), and each instance's recent success rate and last run — each linking to the
 * instance view. One page of runs per instance, all fetched at once.
 */
export function OverviewView({
  client,
  discovery,
  view,
  setView,
}: {
  client: FunctionTasksClient;
  discovery: Discovery | null;
  view: ViewState;
  setView: SetView;
}) {
  const instances = discovery?.instances ?? null;
  const { runs, fetchedAt } = useOverviewRuns(client, instances);
  const done = instances !== null && runs.size === instances.length;
  useDocumentState(instances === null ? 'loading' : done ? 'ready' : 'loading');
  usePerfMark('fntasks:overview-complete', done && (instances?.length ?? 0) > 0, {
    instances: instances?.length,
  });

  const rows = useMemo(
    () => (instances ?? []).map((instance) => ({ instance, runs: runs.get(instanceKey(instance)) })),
    [instances, runs],
  );
  const running = useMemo(
    () =>
      rows.flatMap(({ instance, runs: r }) =>
        r && 'tasks' in r
          ? r.tasks
              .filter((t) => t.status === 'running')
              .map((t) => ({ instance, ...estimateRunning(t, r.tasks, fetchedAt) }))
          : [],
      ),
    [rows, fetchedAt],
  );
  const recentFailures = useMemo(
    () =>
      rows
        .flatMap(({ instance, runs: r }) =>
          r && 'tasks' in r ? failures(r.tasks).map((f) => ({ instance, ...f })) : [],
        )
        .sort((a, b) => b.task.startTime - a.task.startTime)
        .slice(0, FAILURES_SHOWN),
    [rows],
  );

  return (
    <main class="main overview" aria-busy={!done} data-testid="overview">
      <h2 class="view-title">Overview</h2>
      {discovery?.problems.map((p) => (
        <p class="muted" key={p}>
          ⚠ {p}
        </p>
      ))}
      {instances === null && (
        <div class="placeholder" data-testid="loading">
          <span class="spinner" aria-hidden="true" /> Finding instances…
        </div>
      )}
      {instances !== null && instances.length === 0 && (
        <div class="placeholder" data-testid="empty">
          <p>
            <strong>No instances found.</strong> Name an app group to discover its instances (or start the
            server with <code>--app-group NAME</code>), or open an instance by name below.
          </p>
          <AddAppGroup view={view} setView={setView} />
        </div>
      )}
      {instances !== null && instances.length > 0 && (
        <>
          <section aria-labelledby="running-title" class="panel">
            <h3 id="running-title">Training now</h3>
            {running.length === 0 ? (
              <p class="muted">{done ? 'Nothing is training.' : 'Checking…'}</p>
            ) : (
              <ul class="running-list" data-testid="running">
                {running.map((r) => (
                  <li key={`${instanceKey(r.instance)}${r.task.runId}`}>
                    <InstanceLink instance={r.instance} view={view} setView={setView}>
                      {r.instance.appGroupIdentity} / {r.instance.functionName} /{' '}
                      <strong>{r.instance.instanceName}</strong>
                    </InstanceLink>
                    <span class="muted"> generation {r.task.generation ?? '—'}</span>
                    <ProgressBar value={r.task.progress} label={`Progress of ${r.instance.instanceName}`} />
                    <span class="eta">
                      {formatDuration(r.elapsedMs)} so far ·{' '}
                      {r.remainingMs === null
                        ? 'no past runs to estimate from'
                        : r.overdue
                          ? 'longer than usual'
                          : `about ${formatDuration(r.remainingMs)} left`}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="failures-title" class="panel">
            <h3 id="failures-title">Recent failures</h3>
            {recentFailures.length === 0 ? (
              <p class="muted">{done ? 'No failures among the newest runs.' : 'Checking…'}</p>
            ) : (
              <ul class="failure-list" data-testid="failures">
                {recentFailures.map((f) => (
                  <li key={`${instanceKey(f.instance)}${f.task.runId}${f.task.generation}`}>
                    <InstanceLink
                      instance={f.instance}
                      view={view}
                      setView={setView}
                      extra={{ status: 'failed' }}
                    >
                      {f.instance.functionName} / <strong>{f.instance.instanceName}</strong>
                    </InstanceLink>{' '}
                    <span class="muted" title={formatTime(f.task.startTime, view.tz)}>
                      gen. {f.task.generation ?? '—'} · {formatRelative(f.task.startTime, fetchedAt)}
                    </span>
                    <span class="failure-error" title={f.firstError}>
                      {f.firstError}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="instances-title">
            <h3 id="instances-title">Instances</h3>
            <ul class="cards" data-testid="instance-cards">
              {rows.map(({ instance, runs: r }) => (
                <InstanceCard
                  key={instanceKey(instance)}
                  instance={instance}
                  runs={r}
                  now={fetchedAt}
                  view={view}
                  setView={setView}
                />
              ))}
            </ul>
          </section>
        </>
      )}
      <OpenByName view={view} setView={setView} />
    </main>
  );
}

function InstanceCard({
  instance,
  runs,
  now,
  view,
  setView,
}: {
  instance: InstanceInfo;
  runs: InstanceRuns | undefined;
  now: number;
  view: ViewState;
  setView: SetView;
}) {
  const last = runs && 'tasks' in runs ? lastRun(runs.tasks) : null;
  const rate = runs && 'tasks' in runs ? successRate(runs.tasks) : null;
  return (
    <li class="card" data-testid="instance-card" data-ready={runs ? 'true' : 'false'}>
      <h4>
        <InstanceLink instance={instance} view={view} setView={setView}>
          {instance.instanceName}
        </InstanceLink>
        {instance.isDefault && <span class="tag">default</span>}
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
                <span title={formatTime(last.startTime, view.tz)}>{formatRelative(last.startTime, now)}</span>
              </>
            ) : (
              'never trained'
            )}
          </dd>
        </dl>
      )}
    </li>
  );
}
