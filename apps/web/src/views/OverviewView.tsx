import {
  byAttention,
  type FunctionTasksClient,
  healthCounts,
  healthSummary,
  instanceHealth,
  metricNames,
} from '@fntasks/core';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { outOfOrder, placeCards } from '../card-order';
import { AddAppGroup } from '../components/AddAppGroup';
import { InstanceCard } from '../components/InstanceCard';
import { InstanceLink } from '../components/InstanceLink';
import { OpenByName } from '../components/OpenByName';
import { ProgressBar } from '../components/StatusBadge';
import { formatDuration, formatRelative, formatTime } from '../format';
import { useDocumentState, usePerfMark } from '../hooks/usePerfMarks';
import type { SetView } from '../hooks/useViewState';
import { type Discovery, type InstanceRuns, instanceKey } from '../instances';
import { estimateRunning, failures } from '../overview';
import type { ViewState } from '../url-state';

/** How many failures the overview lists. */
const FAILURES_SHOWN = 6;

/**
 * The landing view across instances: what is training now (and how long it has left), what failed lately
 * (with its first error), and each instance's card — headline metric, its change and sparkline, success rate
 * and last run — in attention order (core's verdict: failing, regressing, fine) under the counts of each,
 * each linking to the instance view. One page of runs per instance, read by discovery as instances are found;
 * cards settle into attention order without moving under the reader (card-order.ts).
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
  const instances = discovery ? discovery.instances : null;
  const runs = discovery?.runs ?? NO_RUNS;
  const fetchedAt = useFetchedAt(discovery);
  const done = discovery?.done === true && runs.size >= (instances?.length ?? 0);
  useDocumentState(instances === null ? 'loading' : done ? 'ready' : 'loading');
  usePerfMark('fntasks:overview-complete', done && (instances?.length ?? 0) > 0, {
    instances: instances?.length,
  });

  const rows = useMemo(
    () =>
      (instances ?? []).map((instance) => {
        const r = runs.get(instanceKey(instance));
        const health =
          r && 'tasks' in r ? instanceHealth(r.tasks, view.metric ? { metric: view.metric } : {}) : null;
        return { instance, runs: r, health };
      }),
    [instances, runs, view.metric],
  );
  // Attention order (core's): failing, then regressing, then the rest; a card takes its place once its runs are in.
  const attention = useMemo(
    () =>
      byAttention(
        rows.filter((row) => row.runs !== undefined),
        (row) => row.health?.verdict ?? 'fine',
      ).map((row) => instanceKey(row.instance)),
    [rows],
  );
  const interacted = useReaderActed();
  const [placed, setPlaced] = useState<string[]>([]);
  const settled = useRef(false);
  const nextPlaced =
    done && !interacted.current && !settled.current ? attention : placeCards(placed, attention);
  if (done && !interacted.current) settled.current = true;
  if (nextPlaced !== placed && outOfOrder(placed, nextPlaced)) setPlaced(nextPlaced);
  const ordered = useMemo(() => {
    const byKey = new Map(rows.map((row) => [instanceKey(row.instance), row]));
    const shown = nextPlaced.flatMap((key) => byKey.get(key) ?? []);
    const placedKeys = new Set(nextPlaced);
    return [...shown, ...rows.filter((row) => !placedKeys.has(instanceKey(row.instance)))];
  }, [rows, nextPlaced]);
  const canSort = done && outOfOrder(nextPlaced, attention);
  const counts = useMemo(
    () => healthCounts(rows.flatMap((row) => (row.health ? [row.health.verdict] : []))),
    [rows],
  );
  const metrics = useMemo(
    () => metricNames(rows.flatMap(({ runs: r }) => (r && 'tasks' in r ? r.tasks : []))),
    [rows],
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
                      {f.instance.appGroupIdentity} / {f.instance.functionName} /{' '}
                      <strong>{f.instance.instanceName}</strong>
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
            <div class="instances-head">
              <h3 id="instances-title">Instances</h3>
              <p class="health-counts" data-testid="health-counts" aria-live="polite">
                {done ? (
                  <>
                    <span class={counts.failing ? 'count-failing' : ''}>{counts.failing} failing</span> ·{' '}
                    <span class={counts.regressing ? 'count-regressing' : ''}>
                      {counts.regressing} regressing
                    </span>{' '}
                    · <span>{counts.fine} fine</span>
                  </>
                ) : (
                  'Checking…'
                )}
              </p>
              {canSort && (
                <button type="button" data-testid="resort" onClick={() => setPlaced(attention)}>
                  Sort by attention
                </button>
              )}
              <label class="metric-pick">
                Metric{' '}
                <select
                  data-testid="overview-metric"
                  value={view.metric}
                  onChange={(e) => setView({ metric: (e.target as HTMLSelectElement).value })}
                >
                  <option value="">headline (auto)</option>
                  {[...new Set([...metrics, ...(view.metric ? [view.metric] : [])])].map((name) => (
                    <option key={name} value={name}>
                      {name}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            <ul
              class="cards"
              data-testid="instance-cards"
              aria-label={done ? healthSummary(counts) : undefined}
            >
              {ordered.map(({ instance, runs: r, health }) => (
                <InstanceCard
                  key={instanceKey(instance)}
                  instance={instance}
                  runs={r}
                  health={health}
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

const NO_RUNS: ReadonlyMap<string, InstanceRuns> = new Map();

/** When the shown runs were read: the time discovery started (relative times count from it). */
function useFetchedAt(discovery: Discovery | null): number {
  const [at, setAt] = useState(() => Date.now());
  const started = discovery === null;
  useEffect(() => {
    if (started) setAt(Date.now());
  }, [started]);
  return at;
}

/** Whether the reader has scrolled, clicked, touched or typed since the overview opened. */
function useReaderActed(): { current: boolean } {
  const acted = useRef(false);
  useEffect(() => {
    const mark = () => {
      acted.current = true;
    };
    const onScroll = () => {
      if (window.scrollY > 0) mark();
    };
    const events = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
    for (const name of events) window.addEventListener(name, mark, { passive: true });
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      for (const name of events) window.removeEventListener(name, mark);
      window.removeEventListener('scroll', onScroll);
    };
  }, []);
  return acted;
}
