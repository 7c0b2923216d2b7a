// biome-ignore-all lint/a11y/useSemanticElements: a virtualised grid positions rows absolutely, which <table> layout cannot; the ARIA grid roles say the same to assistive technology.
// biome-ignore-all lint/a11y/useFocusableInteractive: the grid itself is the one tab stop and moves the active row with aria-activedescendant (the ARIA grid pattern); rows and cells are not focused.
// biome-ignore-all lint/a11y/useKeyWithClickEvents: a row click has the keyboard equivalent on the grid (arrows + Enter), handled in onKeyDown.
import { type FunctionTask, taskDurationMs, taskErrorMessages } from '@fntasks/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Fragment } from 'preact';
import { memo } from 'preact/compat';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatDuration, formatRelative, formatTime, formatValue, type TimeZoneChoice } from '../format';
import { useMediaQuery } from '../hooks/useMediaQuery';
import type { SortKey, SortState } from '../table-view';
import { compactRunId, metricValue, taskKey } from '../tasks';
import { ProgressBar, StatusBadge } from './StatusBadge';

/** Row heights in px (one line; two lines on narrow screens), fixed so the virtualiser never measures rows. */
const ROW_HEIGHT = 44;
const ROW_HEIGHT_NARROW = 60;
const NARROW = '(max-width: 600px)';

interface Props {
  tasks: readonly FunctionTask[];
  /** Rows of the table: the view's total while it loads (rows not loaded yet show as placeholders). */
  rowCount?: number;
  metrics: readonly string[];
  activeIndex: number;
  now: number;
  onActivate: (index: number) => void;
  onOpen: (index: number) => void;
  /** Escape on the grid (closes the detail panel: a key pressed before focus moved into the panel is not lost). */
  onEscape?: () => void;
  /** Filled with a function that moves focus back to the grid (after the detail panel closes). */
  focusRef?: { current: () => void };
  /** The zone times are shown in. */
  zone: TimeZoneChoice;
  sort: SortState;
  onSort: (sort: SortState) => void;
}

/** Fixed column widths in em: status, progress, run id, generation, start, duration; then metrics and errors. */
const FIXED_COLUMNS_EM = [7.2, 8.5, 11.5, 3.6, 9.6, 6.6];
const METRIC_COLUMN_EM = 6;
const ERRORS_MIN_EM = 14;
const GAP_EM = 0.5;

/** The columns' widths, built for the metric count (a `repeat()` of zero columns is invalid CSS). */
export function gridColumns(metricCount: number): string {
  return [
    ...FIXED_COLUMNS_EM.map((w) => `${w}em`),
    ...Array(metricCount).fill(`${METRIC_COLUMN_EM}em`),
    `minmax(${ERRORS_MIN_EM}em, 1fr)`,
  ].join(' ');
}

/** Minimum width of a row, so narrow containers scroll sideways instead of squeezing the cells. */
export function gridMinWidth(metricCount: number): string {
  const columns = FIXED_COLUMNS_EM.length + metricCount + 1;
  const fixed = FIXED_COLUMNS_EM.reduce((sum, w) => sum + w, 0);
  return `${fixed + metricCount * METRIC_COLUMN_EM + ERRORS_MIN_EM + GAP_EM * columns + 1}em`;
}

export const rowId = (index: number) => `task-row-${index}`;

interface RowProps {
  task: FunctionTask | undefined;
  index: number;
  top: number;
  active: boolean;
  metrics: readonly string[];
  now: number;
  zone: TimeZoneChoice;
  onPick: (index: number) => void;
}

/** One row; memoised, so scrolling renders only the rows that come into view. */
const Row = memo(function Row({ task, index, top, active, metrics, now, zone, onPick }: RowProps) {
  const style = { transform: `translateY(${top}px)` };
  if (!task) {
    return (
      <div
        id={rowId(index)}
        role="row"
        aria-rowindex={index + 2}
        aria-busy="true"
        class="row body-row placeholder-row"
        style={style}
      >
        <span role="gridcell" class="col-status muted">
          Loading…
        </span>
      </div>
    );
  }
  const errors = taskErrorMessages(task);
  return (
    <div
      id={rowId(index)}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={active}
      class={active ? 'row body-row active' : 'row body-row'}
      style={style}
      data-run-id={task.runId}
      data-generation={task.generation ?? ''}
      onClick={() => onPick(index)}
    >
      <span role="gridcell" class="col-status">
        <StatusBadge status={task.status} />
      </span>
      <span role="gridcell" class="col-progress">
        <ProgressBar value={task.progress} label={`Progress of ${task.runId}`} />
      </span>
      <span role="gridcell" class="col-run mono" title={task.runId}>
        {compactRunId(task.runId)}
      </span>
      <span role="gridcell" class="col-gen">
        {task.generation ?? '—'}
      </span>
      <span
        role="gridcell"
        class="col-start"
        title={`${formatTime(task.startTime, zone)} ${zone === 'utc' ? 'UTC' : '(local)'}`}
      >
        {formatRelative(task.startTime, now)}
      </span>
      <span role="gridcell" class="col-duration">
        {formatDuration(taskDurationMs(task, now))}
      </span>
      {metrics.map((m, i) => (
        <span role="gridcell" class={i === 0 ? 'col-metric col-headline' : 'col-metric'} key={m}>
          {formatValue(metricValue(task, m))}
        </span>
      ))}
      <span
        role="gridcell"
        class={errors.length ? 'col-errors has-errors' : 'col-errors'}
        title={errors.join('\n')}
      >
        {errors.length === 0
          ? '—'
          : errors.length === 1
            ? errors[0]
            : `${errors[0]} (+${errors.length - 1} more)`}
      </span>
    </div>
  );
});

/**
 * The task grid: only the rows in view (plus a few) exist in the DOM, so 10,000 tasks cost what 30 do.
 * Keyboard: arrows, Page Up/Down, Home/End move the active row; Enter opens its details.
 */
export function TaskTable({
  tasks,
  rowCount,
  metrics,
  activeIndex,
  now,
  onActivate,
  onOpen,
  onEscape,
  focusRef,
  zone,
  sort,
  onSort,
}: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowHeight = useMediaQuery(NARROW) ? ROW_HEIGHT_NARROW : ROW_HEIGHT;
  if (focusRef) focusRef.current = () => scrollRef.current?.focus();
  const count = Math.max(rowCount ?? 0, tasks.length);
  // Stable callbacks: the virtualiser recomputes all row positions whenever they change identity.
  const estimateSize = useCallback(() => rowHeight, [rowHeight]);
  const getItemKey = useCallback(
    (index: number) => {
      const t = tasks[index];
      return t ? taskKey(t) : `placeholder-${index}`;
    },
    [tasks],
  );
  const getScrollElement = useCallback(() => scrollRef.current, []);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement,
    estimateSize,
    overscan: 6,
    // Let Preact batch the re-render of a scroll instead of forcing it synchronously inside the event.
    useFlushSync: false,
    // The sticky header row sits above the rows inside the same scroll box.
    scrollMargin: rowHeight,
    scrollPaddingStart: rowHeight,
    getItemKey,
  });
  // Memoised so the rows' props stay equal between scroll renders.
  const shown = metrics;
  // Stable across renders so memoised rows are not re-rendered for a new callback.
  const pick = useRef((_: number) => {});
  pick.current = (index: number) => {
    onActivate(index);
    onOpen(index);
  };
  const [onPick] = useState(() => (index: number) => pick.current(index));

  // biome-ignore lint/correctness/useExhaustiveDependencies: re-measure when the row height changes
  useEffect(() => virtualizer.measure(), [virtualizer, rowHeight]);
  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [virtualizer, activeIndex]);
  const header = (key: SortKey, label: string, className: string) => (
    <span
      role="columnheader"
      class={className}
      aria-sort={sort.key === key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      <button
        type="button"
        class="sort"
        onClick={() => onSort({ key, dir: sort.key === key && sort.dir === 'desc' ? 'asc' : 'desc' })}
      >
        {label}
        <span aria-hidden="true">{sort.key === key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </span>
  );

  function onKeyDown(e: KeyboardEvent) {
    const n = tasks.length;
    if (n === 0) return;
    const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / rowHeight) - 1);
    const from = activeIndex < 0 ? -1 : activeIndex;
    let next: number | null = null;
    if (e.key === 'ArrowDown') next = Math.min(n - 1, from + 1);
    else if (e.key === 'ArrowUp') next = Math.max(0, from - 1);
    else if (e.key === 'PageDown') next = Math.min(n - 1, from + pageRows);
    else if (e.key === 'PageUp') next = Math.max(0, from - pageRows);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = n - 1;
    else if (e.key === 'Escape' && onEscape) {
      onEscape();
      return;
    } else if ((e.key === 'Enter' || e.key === ' ') && from >= 0) {
      e.preventDefault();
      onOpen(from);
      return;
    }
    if (next !== null) {
      e.preventDefault();
      onActivate(next);
    }
  }

  return (
    <div
      ref={scrollRef}
      class="table-scroll"
      role="grid"
      aria-label="Tasks"
      aria-rowcount={count + 1}
      aria-colcount={7 + shown.length}
      aria-activedescendant={activeIndex >= 0 ? rowId(activeIndex) : undefined}
      tabIndex={0}
      style={{ '--row-cols': gridColumns(shown.length), '--row-min': gridMinWidth(shown.length) }}
      onKeyDown={onKeyDown}
      data-testid="task-grid"
    >
      <div class="row header-row" role="row" aria-rowindex={1}>
        {header('status', 'Status', 'col-status')}
        {header('progress', 'Progress', 'col-progress')}
        {header('runId', 'Run ID', 'col-run')}
        {header('generation', 'Gen.', 'col-gen')}
        {header('start', zone === 'utc' ? 'Started, UTC' : 'Started, local', 'col-start')}
        {header('duration', 'Duration', 'col-duration')}
        {shown.map((m, i) => (
          <Fragment key={m}>
            {header(`metric:${m}`, m, i === 0 ? 'col-metric col-headline' : 'col-metric')}
          </Fragment>
        ))}
        {header('errors', 'Errors', 'col-errors')}
      </div>
      <div class="rows" style={{ height: `${virtualizer.getTotalSize()}px` }}>
        {virtualizer.getVirtualItems().map((item) => (
          <Row
            key={item.key}
            task={tasks[item.index]}
            index={item.index}
            top={item.start - rowHeight}
            active={item.index === activeIndex}
            metrics={shown}
            now={now}
            zone={zone}
            onPick={onPick}
          />
        ))}
      </div>
    </div>
  );
}
