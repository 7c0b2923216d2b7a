// biome-ignore-all lint/a11y/useSemanticElements: a virtualised grid positions rows absolutely, which <table> layout cannot; the ARIA grid roles say the same to assistive technology.
// biome-ignore-all lint/a11y/useFocusableInteractive: the grid itself is the one tab stop and moves the active row with aria-activedescendant (the ARIA grid pattern); rows and cells are not focused.
// biome-ignore-all lint/a11y/useKeyWithClickEvents: a row click has the keyboard equivalent on the grid (arrows + Enter), handled in onKeyDown.
import type { FunctionTask } from '@fntasks/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo } from 'preact/compat';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatDuration, formatTime, formatValue } from '../format';
import { metricValue, taskErrors, taskKey } from '../tasks';
import { ProgressBar, StatusBadge } from './StatusBadge';

/** Row heights in px (one line; two lines on narrow screens), fixed so the virtualiser never measures rows. */
const ROW_HEIGHT = 44;
const ROW_HEIGHT_NARROW = 60;
const NARROW = '(max-width: 600px)';

function useRowHeight(): number {
  const [narrow, setNarrow] = useState(() => matchMedia(NARROW).matches);
  useEffect(() => {
    const mq = matchMedia(NARROW);
    const on = () => setNarrow(mq.matches);
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, []);
  return narrow ? ROW_HEIGHT_NARROW : ROW_HEIGHT;
}

interface Props {
  tasks: readonly FunctionTask[];
  /** Rows of the table: the view's total while it loads (rows not loaded yet show as placeholders). */
  rowCount?: number;
  metrics: readonly string[];
  activeIndex: number;
  now: number;
  onActivate: (index: number) => void;
  onOpen: (index: number) => void;
  /** Filled with a function that moves focus back to the grid (after the detail panel closes). */
  focusRef?: { current: () => void };
}

export const rowId = (index: number) => `task-row-${index}`;

interface RowProps {
  task: FunctionTask | undefined;
  index: number;
  top: number;
  active: boolean;
  metrics: readonly string[];
  now: number;
  onPick: (index: number) => void;
}

/** One row; memoised, so scrolling renders only the rows that come into view. */
const Row = memo(function Row({ task, index, top, active, metrics, now, onPick }: RowProps) {
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
  const errors = taskErrors(task);
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
      <span role="gridcell" class="col-run" title={task.runId}>
        {task.runId}
      </span>
      <span role="gridcell" class="col-gen">
        {task.generation ?? '—'}
      </span>
      <span role="gridcell" class="col-start">
        {formatTime(task.startTime)}
      </span>
      <span role="gridcell" class="col-duration">
        {formatDuration((task.endTime ?? now) - task.startTime)}
      </span>
      {metrics.map((m) => (
        <span role="gridcell" class="col-metric" key={m}>
          {formatValue(metricValue(task, m))}
        </span>
      ))}
      <span
        role="gridcell"
        class={errors.length ? 'col-errors has-errors' : 'col-errors'}
        title={errors.join('\n')}
      >
        {errors.length ? `⚠ ${errors.length}: ${errors[0]}` : '—'}
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
  focusRef,
}: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowHeight = useRowHeight();
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
  const shown = useMemo(() => metrics.slice(0, 2), [metrics]);
  // Stable across renders so memoised rows are not re-rendered for a new callback.
  const pick = useRef((_: number) => {});
  pick.current = (index: number) => {
    onActivate(index);
    onOpen(index);
  };
  const [onPick] = useState(() => (index: number) => pick.current(index));

  useEffect(() => virtualizer.measure(), [rowHeight]);
  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex]);

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
    else if ((e.key === 'Enter' || e.key === ' ') && from >= 0) {
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
      style={{ '--metric-cols': String(shown.length) }}
      onKeyDown={onKeyDown}
      data-testid="task-grid"
    >
      <div class="row header-row" role="row" aria-rowindex={1}>
        <span role="columnheader" class="col-status">
          Status
        </span>
        <span role="columnheader" class="col-progress">
          Progress
        </span>
        <span role="columnheader" class="col-run">
          Run ID
        </span>
        <span role="columnheader" class="col-gen">
          Gen.
        </span>
        <span role="columnheader" class="col-start">
          Started
        </span>
        <span role="columnheader" class="col-duration">
          Duration
        </span>
        {shown.map((m) => (
          <span role="columnheader" class="col-metric" key={m}>
            {m}
          </span>
        ))}
        <span role="columnheader" class="col-errors">
          Errors
        </span>
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
            onPick={onPick}
          />
        ))}
      </div>
    </div>
  );
}
