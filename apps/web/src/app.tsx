import type { FunctionTask, FunctionTasksClient } from '@fntasks/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  describeError,
  type ErrorView,
  type LoadResult,
  loadAllTasks,
  refreshTasks,
  type TaskQuery,
} from './api';
import { DetailPanel } from './components/DetailPanel';
import { ErrorBox } from './components/ErrorBox';
import { Filters } from './components/Filters';
import { InstancePicker, type KnownInstance } from './components/InstancePicker';
import { MetricChart } from './components/MetricChart';
import { TaskTable } from './components/TaskTable';
import { formatCount, formatTime } from './format';
import { metricNames, statusCounts, taskKey } from './tasks';
import { hasInstance, parseViewState, serializeViewState, timeFilter, type ViewState } from './url-state';

type Data =
  | { phase: 'idle' }
  | { phase: 'loading'; partial: FunctionTask[]; total: number }
  | { phase: 'error'; error: ErrorView }
  | { phase: 'ready'; tasks: FunctionTask[]; total: number; requestId: string; fetchedAt: number };

function useViewState(): [ViewState, (patch: Partial<ViewState>, push?: boolean) => void] {
  const [view, setView] = useState(() => parseViewState(location.search));
  useEffect(() => {
    const onPop = () => setView(parseViewState(location.search));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  const update = useCallback((patch: Partial<ViewState>, push = false) => {
    setView((prev) => {
      const next = { ...prev, ...patch };
      const url = `${location.pathname}${serializeViewState(next)}`;
      if (push) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
      return next;
    });
  }, []);
  return [view, update];
}

function buildQuery(view: ViewState): TaskQuery {
  return {
    appGroupIdentity: view.app,
    functionName: view.fn,
    instanceName: view.inst,
    ...(view.status ? { status: view.status } : {}),
    ...timeFilter(view, Date.now()),
  };
}

export function App({ client }: { client: FunctionTasksClient }) {
  const [view, setView] = useViewState();
  const [known, setKnown] = useState<KnownInstance[]>([]);
  const [data, setData] = useState<Data>({ phase: 'idle' });
  const [reloadToken, setReloadToken] = useState(0);
  const [paused, setPaused] = useState(false);
  const [refreshing, setRefreshing] = useState(false);
  const [refreshError, setRefreshError] = useState<ErrorView | null>(null);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [detailOpen, setDetailOpen] = useState(false);
  const gridFocus = useRef<() => void>(() => {});

  useEffect(() => {
    // The server's list of instances; a plain call to the dashboard's own endpoint (not the API).
    fetch('/api/instances', { headers: { accept: 'application/json' } })
      .then((r) => (r.ok ? r.json() : { instances: [] }))
      .then((body: { instances?: KnownInstance[] }) => {
        const list = body.instances ?? [];
        setKnown(list);
        // With nothing in the URL, open an instance that is training right now (the liveliest view), else the first.
        const first = list.find((i) => (i.runningCount ?? 0) > 0) ?? list[0];
        if (first && !hasInstance(parseViewState(location.search))) {
          setView({ app: first.appGroupIdentity, fn: first.functionName, inst: first.instanceName });
        }
      })
      .catch(() => setKnown([]));
  }, []);

  const queryKey = JSON.stringify([
    view.app,
    view.fn,
    view.inst,
    view.status,
    view.range,
    view.from,
    view.to,
    reloadToken,
  ]);
  const query = useMemo(() => buildQuery(view), [queryKey]);
  const inFlight = useRef<AbortController | null>(null);

  useEffect(() => {
    if (!hasInstance(view)) {
      setData({ phase: 'idle' });
      return;
    }
    const controller = new AbortController();
    inFlight.current?.abort();
    inFlight.current = controller;
    setData({ phase: 'loading', partial: [], total: 0 });
    setRefreshError(null);
    // The first page is shown at once, the rest as it arrives (at most every 250 ms, to keep scrolling smooth).
    let shownAt = 0;
    let pending: number | undefined;
    loadAllTasks(client, query, {
      signal: controller.signal,
      onProgress: (partial, total) => {
        const show = () => {
          shownAt = performance.now();
          pending = undefined;
          if (!controller.signal.aborted) setData({ phase: 'loading', partial, total });
        };
        clearTimeout(pending);
        if (shownAt === 0 || performance.now() - shownAt > 250) show();
        else pending = window.setTimeout(show, 250);
      },
    })
      .then((result: LoadResult) => {
        clearTimeout(pending);
        if (controller.signal.aborted) return;
        setData({
          phase: 'ready',
          tasks: result.tasks,
          total: result.totalCount,
          requestId: result.requestId,
          fetchedAt: Date.now(),
        });
      })
      .catch((error: unknown) => {
        clearTimeout(pending);
        if (controller.signal.aborted) return;
        setData({ phase: 'error', error: describeError(error) });
      });
    return () => controller.abort();
  }, [queryKey]);

  const tasks = data.phase === 'ready' ? data.tasks : data.phase === 'loading' ? data.partial : [];
  const anyRunning = useMemo(() => tasks.some((t) => t.status === 'running'), [tasks]);
  const metrics = useMemo(() => metricNames(tasks), [tasks]);
  const counts = useMemo(() => statusCounts(tasks), [tasks]);
  const activeIndex = useMemo(
    () => (activeKey === null ? -1 : tasks.findIndex((t) => taskKey(t) === activeKey)),
    [tasks, activeKey],
  );
  const activeTask = activeIndex >= 0 ? tasks[activeIndex] : undefined;
  const autoRefresh = data.phase === 'ready' && anyRunning && !paused;

  // Auto-refresh: while a task is running and not paused, fetch what can have changed every refreshMs.
  useEffect(() => {
    if (!autoRefresh || data.phase !== 'ready') return;
    const current = data.tasks;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setRefreshing(true);
      refreshTasks(client, query, current, controller.signal)
        .then((result) => {
          if (controller.signal.aborted) return;
          setRefreshError(null);
          setData({
            phase: 'ready',
            tasks: result.tasks,
            total: result.totalCount,
            requestId: result.requestId,
            fetchedAt: Date.now(),
          });
        })
        .catch((error: unknown) => {
          if (controller.signal.aborted) return;
          setRefreshError(describeError(error));
          // Keep the data; try again on the next tick.
          setData((d) => (d.phase === 'ready' ? { ...d, fetchedAt: Date.now() } : d));
        })
        .finally(() => setRefreshing(false));
    }, view.refreshMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [autoRefresh, data.phase === 'ready' ? data.fetchedAt : 0, view.refreshMs]);

  // Tests and the bench wait on these. `table-ready`: the table of the view is on screen (sized for every
  // task, the first page filled in); `table-complete`: every task is loaded. `data-state` follows the phase.
  const shownRows =
    data.phase === 'ready' ? data.tasks.length : data.phase === 'loading' ? data.partial.length : 0;
  useEffect(() => {
    document.documentElement.dataset.state = data.phase;
    const mark = (name: string, detail: object) => {
      if (!performance.getEntriesByName(name).length)
        requestAnimationFrame(() => performance.mark(name, { detail }));
    };
    if (shownRows > 0 || data.phase === 'ready') {
      mark('fntasks:table-ready', {
        tasks: data.phase === 'ready' ? data.tasks.length : data.phase === 'loading' ? data.total : 0,
      });
    }
    if (data.phase === 'ready') mark('fntasks:table-complete', { tasks: data.tasks.length });
  }, [data.phase, shownRows > 0]);

  const now = data.phase === 'ready' ? data.fetchedAt : Date.now();

  return (
    <div class={detailOpen && activeTask ? 'layout with-detail' : 'layout'}>
      <header class="top">
        <h1>
          <span aria-hidden="true">▦ </span>fntasks
        </h1>
        <InstancePicker
          app={view.app}
          fn={view.fn}
          inst={view.inst}
          known={known}
          onPick={(names) => {
            setActiveKey(null);
            setDetailOpen(false);
            setView(names, true);
          }}
        />
        <Filters state={view} onChange={(patch) => setView(patch)} />
      </header>

      <main class="main" aria-busy={data.phase === 'loading'}>
        <div class="status-line">
          <p class="summary" role="status" data-testid="summary">
            {data.phase === 'idle' && 'Choose an instance to see its tasks.'}
            {data.phase === 'loading' &&
              (data.total
                ? `Loading ${formatCount(data.partial.length)} of ${formatCount(data.total)} tasks…`
                : 'Loading tasks…')}
            {data.phase === 'ready' && (
              <>
                <strong>{formatCount(data.tasks.length)}</strong> {data.tasks.length === 1 ? 'task' : 'tasks'}
                {Object.entries(counts).map(([s, n]) => ` · ${formatCount(n)} ${s || 'unknown'}`)}
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
                Updated {formatTime(data.fetchedAt)}
                {data.requestId ? ` · requestId ${data.requestId}` : ''}
              </span>
              {anyRunning && (
                <button type="button" aria-pressed={paused} onClick={() => setPaused(!paused)}>
                  {paused ? '▶ Resume' : '❚❚ Pause'}
                </button>
              )}
              <button type="button" onClick={() => setReloadToken((n) => n + 1)}>
                ↻ Reload
              </button>
            </div>
          )}
        </div>
        {refreshError && (
          <ErrorBox error={{ ...refreshError, title: `Refresh failed: ${refreshError.title}` }} compact />
        )}

        {data.phase === 'error' && (
          <ErrorBox error={data.error} onRetry={() => setReloadToken((n) => n + 1)} />
        )}
        {data.phase === 'loading' && tasks.length === 0 && (
          <div class="placeholder" data-testid="loading">
            <span class="spinner" aria-hidden="true" /> Loading tasks of {view.app} / {view.fn} / {view.inst}…
          </div>
        )}
        {data.phase === 'ready' && tasks.length === 0 && (
          <div class="placeholder" data-testid="empty">
            <p>
              <strong>No tasks</strong> match {view.app} / {view.fn} / {view.inst}
              {view.status ? ` with status ${view.status}` : ''}
              {view.range !== 'all' ? ' in this time range' : ''}.
            </p>
            <p class="muted">Try another status or a wider time range.</p>
          </div>
        )}
        {tasks.length > 0 && (
          <>
            <TaskTable
              tasks={tasks}
              rowCount={data.phase === 'loading' ? Math.max(data.total, tasks.length) : tasks.length}
              metrics={metrics}
              activeIndex={activeIndex}
              now={now}
              onActivate={(i) => {
                const t = tasks[i];
                if (t) setActiveKey(taskKey(t));
              }}
              onOpen={(i) => {
                const t = tasks[i];
                if (t) {
                  setActiveKey(taskKey(t));
                  setDetailOpen(true);
                }
              }}
              focusRef={gridFocus}
            />
            {data.phase === 'ready' ? (
              <MetricChart
                tasks={tasks}
                metrics={metrics}
                metric={view.metric}
                onMetric={(metric) => setView({ metric })}
              />
            ) : (
              <p class="muted">The chart appears once every task is loaded.</p>
            )}
          </>
        )}
      </main>
      {detailOpen && activeTask && (
        <DetailPanel
          task={activeTask}
          now={now}
          onClose={() => {
            setDetailOpen(false);
            gridFocus.current();
          }}
        />
      )}
    </div>
  );
}
