import type { FunctionTasksClient } from '@fntasks/core';
import { useMemo, useRef, useState } from 'preact/hooks';
import type { TaskQuery } from '../api';
import { ComparePanel } from '../components/ComparePanel';
import { DetailPanel } from '../components/DetailPanel';
import { ErrorBox } from '../components/ErrorBox';
import { Filters } from '../components/Filters';
import { InstanceHeader } from '../components/InstanceHeader';
import { SetupTab } from '../components/SetupTab';
import { StatusLine } from '../components/StatusLine';
import { TableToolbar } from '../components/TableToolbar';
import { Tabs } from '../components/Tabs';
import { TaskTable } from '../components/TaskTable';
import { TrendsPanel } from '../components/TrendsPanel';
import { useAutoRefresh } from '../hooks/useAutoRefresh';
import { useLastRun } from '../hooks/useLastRun';
import { useDocumentState, usePerfMark } from '../hooks/usePerfMarks';
import { useRead } from '../hooks/useRead';
import type { Session } from '../hooks/useSession';
import { useTaskLoader } from '../hooks/useTaskLoader';
import type { SetView } from '../hooks/useViewState';
import { type Discovery, type InstanceNames, instanceKey, toInstanceInfo } from '../instances';
import { metricColumns, searchTasks, sortTasks } from '../table-view';
import { metricNames, statusCounts, taskKey } from '../tasks';
import { timeFilter, type ViewState } from '../url-state';

/** One instance: its facts, filters, and the runs table, trends or comparison. */
export function InstanceView({
  client,
  view,
  setView,
  session,
  discovery,
}: {
  client: FunctionTasksClient;
  view: ViewState;
  setView: SetView;
  session: Session;
  discovery: Discovery | null;
}) {
  const [reloadToken, setReloadToken] = useState(0);
  const [paused, setPaused] = useState(false);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [detailOpen, setDetailOpen] = useState(false);
  const gridFocus = useRef<() => void>(() => {});

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
  // biome-ignore lint/correctness/useExhaustiveDependencies: queryKey lists exactly what the query is built from
  const query = useMemo(
    (): TaskQuery => ({
      appGroupIdentity: view.app,
      functionName: view.fn,
      instanceName: view.inst,
      ...(view.status ? { status: view.status } : {}),
      ...timeFilter(view, Date.now()),
    }),
    [queryKey],
  );
  const [data, setData] = useTaskLoader(client, query, queryKey);
  const tasks = data.phase === 'ready' ? data.tasks : data.phase === 'loading' ? data.partial : [];
  const anyRunning = useMemo(() => tasks.some((t) => t.status === 'running'), [tasks]);
  const metrics = useMemo(() => metricNames(tasks), [tasks]);
  const columns = useMemo(() => metricColumns(tasks, metrics, view.cols), [tasks, metrics, view.cols]);
  const counts = useMemo(() => statusCounts(tasks), [tasks]);
  const now = data.phase === 'ready' ? data.fetchedAt : Date.now();
  const rows = useMemo(
    () => sortTasks(searchTasks(tasks, view.q), view.sort, now),
    [tasks, view.q, view.sort, now],
  );
  const autoRefresh = data.phase === 'ready' && anyRunning && !paused;
  const { refreshing, error: refreshError } = useAutoRefresh(
    client,
    query,
    data,
    setData,
    autoRefresh,
    view.refreshMs,
  );

  const activeIndex = useMemo(
    () => (activeKey === null ? -1 : rows.findIndex((t) => taskKey(t) === activeKey)),
    [rows, activeKey],
  );
  const activeTask = activeIndex >= 0 ? rows[activeIndex] : undefined;
  const names: InstanceNames = { appGroupIdentity: view.app, functionName: view.fn, instanceName: view.inst };
  const nameKey = instanceKey(names);
  // GetFunctionInstance, once per instance view: the Setup tab shows it, and the header falls back on it for an
  // instance that discovery has not (yet) found.
  const [details, retryDetails] = useRead(nameKey, (signal) => client.getFunctionInstance(names, { signal }));
  // The instance whose Setup tab has been opened (its panel then stays mounted).
  const setupSeen = useRef<string | null>(null);
  if (view.tab === 'setup') setupSeen.current = nameKey;
  const discovered = useMemo(
    () => discovery?.instances.find((i) => instanceKey(i) === nameKey) ?? null,
    [discovery, nameKey],
  );
  const info = useMemo(
    () =>
      discovered ??
      (details.phase === 'ready'
        ? {
            ...toInstanceInfo(details.value.instance, view.app),
            functionName: view.fn,
            instanceName: view.inst,
          }
        : null),
    [discovered, details, view.app, view.fn, view.inst],
  );
  // The instance's last run under every filter; null: it never ran.
  const unfiltered = !view.status && view.range === 'all';
  const last = useLastRun(
    client,
    { appGroupIdentity: view.app, functionName: view.fn, instanceName: view.inst },
    tasks,
    unfiltered,
    data.phase === 'ready',
    reloadToken,
  );

  useDocumentState(data.phase);
  // `table-ready`: the table of the view is on screen (the first page in); `table-complete`: every task loaded.
  usePerfMark('fntasks:table-ready', tasks.length > 0 || data.phase === 'ready', {
    tasks: data.phase === 'loading' ? data.total : tasks.length,
  });
  usePerfMark('fntasks:table-complete', data.phase === 'ready', { tasks: tasks.length });

  const reload = () => setReloadToken((n) => n + 1);
  const withDetail = view.tab === 'runs' && detailOpen && activeTask !== undefined;

  return (
    <main class={withDetail ? 'main with-detail' : 'main'} aria-busy={data.phase === 'loading'}>
      <InstanceHeader
        view={view}
        setView={setView}
        info={info}
        last={last ?? null}
        now={now}
        session={session}
        onTrained={reload}
      />
      <div class="controls">
        <Filters state={view} onChange={(patch) => setView(patch)} />
        <Tabs tab={view.tab} onTab={(tab) => setView({ tab }, true)} />
      </div>
      <StatusLine
        data={data}
        counts={counts}
        anyRunning={anyRunning}
        autoRefresh={autoRefresh}
        refreshing={refreshing}
        paused={paused}
        onPause={() => setPaused(!paused)}
        onReload={reload}
        view={view}
      />
      {refreshError && (
        <ErrorBox error={{ ...refreshError, title: `Refresh failed: ${refreshError.title}` }} compact />
      )}
      {data.phase === 'error' && <ErrorBox error={data.error} onRetry={reload} />}
      {view.tab !== 'setup' && data.phase === 'loading' && tasks.length === 0 && (
        <div class="placeholder" data-testid="loading">
          <span class="spinner" aria-hidden="true" /> Loading tasks of {view.app} / {view.fn} / {view.inst}…
        </div>
      )}
      {view.tab !== 'setup' && data.phase === 'ready' && tasks.length === 0 && last === null && (
        <div class="placeholder" data-testid="empty" data-empty="never-trained">
          <p>
            <strong>
              {view.app} / {view.fn} / {view.inst} has never been trained.
            </strong>
          </p>
          <p class="muted">
            {session.allowTrain
              ? 'Train now starts its first run.'
              : 'Its first run appears here once training starts (fntasks run starts one).'}
          </p>
        </div>
      )}
      {view.tab !== 'setup' && data.phase === 'ready' && tasks.length === 0 && last != null && (
        <div class="placeholder" data-testid="empty" data-empty="filtered">
          <p>
            <strong>No tasks</strong> match {view.app} / {view.fn} / {view.inst}
            {view.status ? ` with status ${view.status}` : ''}
            {view.range !== 'all' ? ' in this time range' : ''}.
          </p>
          <p class="muted">Try another status or a wider time range.</p>
        </div>
      )}
      {tasks.length > 0 && view.tab === 'runs' && (
        <div class="runs">
          <div class="runs-table">
            <TableToolbar
              query={view.q}
              onQuery={(q) => setView({ q })}
              zone={view.tz}
              onZone={(tz) => setView({ tz })}
              rows={rows}
              total={tasks.length}
              metrics={metrics}
              columns={columns}
              onColumns={(cols) => setView({ cols })}
              fileName={`${view.inst}-tasks.csv`}
            />
            <TaskTable
              tasks={rows}
              rowCount={data.phase === 'loading' && !view.q ? Math.max(data.total, rows.length) : rows.length}
              metrics={columns}
              activeIndex={activeIndex}
              now={now}
              zone={view.tz}
              sort={view.sort}
              onSort={(sort) => setView({ sort })}
              onActivate={(i) => {
                const t = rows[i];
                if (t) setActiveKey(taskKey(t));
              }}
              onOpen={(i) => {
                const t = rows[i];
                if (t) {
                  setActiveKey(taskKey(t));
                  setDetailOpen(true);
                }
              }}
              onEscape={() => setDetailOpen(false)}
              focusRef={gridFocus}
            />
          </div>
          {withDetail && activeTask && (
            <DetailPanel
              task={activeTask}
              now={now}
              zone={view.tz}
              onClose={() => {
                setDetailOpen(false);
                gridFocus.current();
              }}
            />
          )}
        </div>
      )}
      {tasks.length > 0 &&
        view.tab === 'trends' &&
        (data.phase === 'ready' ? (
          <TrendsPanel
            tasks={tasks}
            metrics={metrics}
            metric={view.metric}
            onMetric={(metric) => setView({ metric })}
          />
        ) : (
          <p class="muted">The charts appear once every task is loaded.</p>
        ))}
      {setupSeen.current === nameKey && (
        // Kept (hidden) once opened, so its reads happen once per instance view whatever the tab switching.
        <div hidden={view.tab !== 'setup'}>
          <SetupTab
            key={nameKey}
            client={client}
            names={names}
            details={details}
            onRetryDetails={retryDetails}
            zone={view.tz}
          />
        </div>
      )}
      {tasks.length > 0 && view.tab === 'compare' && (
        <ComparePanel
          tasks={tasks}
          metrics={metrics}
          a={view.a}
          b={view.b}
          onPick={(p) => setView(p)}
          now={now}
          zone={view.tz}
        />
      )}
    </main>
  );
}
