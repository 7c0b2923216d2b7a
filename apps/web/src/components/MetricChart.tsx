import type { FunctionTask } from '@fntasks/core';
import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import type uPlot from 'uplot';
import { formatDuration, formatValue } from '../format';
import { type GenerationPoint, generationPoints, rollingMean } from '../trends';
import { axis, type BuildOptions, UPlotChart } from './UPlotChart';

/** Generations averaged by the rolling mean. */
export const MEAN_WINDOW = 10;
/** Rows of "Show the numbers" at most; the note says when the range holds more. */
const NUMBERS_SHOWN = 1000;

interface Props {
  tasks: readonly FunctionTask[];
  metrics: readonly string[];
  metric: string;
  onMetric: (name: string) => void;
}

/**
 * A metric across generations: the values, a rolling mean, and a mark on every failed generation (at the
 * bottom of the chart, since a failed run has no metric). Drag across the chart or enter a range to zoom;
 * the readout names the hovered generation.
 */
export function MetricChart({ tasks, metrics, metric, onMetric }: Props) {
  const name = metrics.includes(metric) ? metric : (metrics[0] ?? '');
  const points = useMemo(() => generationPoints(tasks, name), [tasks, name]);
  const data = useMemo((): uPlot.AlignedData => {
    const values = points.map((p) => p.value);
    const present = values.filter((v): v is number => v !== null);
    const floor = present.length ? Math.min(...present) : 0;
    return [
      points.map((p) => p.generation),
      values,
      rollingMean(values, MEAN_WINDOW),
      points.map((p) => (p.failed ? floor : null)),
    ];
  }, [points]);
  // The hovered point goes straight to the readout (its own component), so hovering re-renders only that line.
  const showHover = useRef<(point: GenerationPoint | null) => void>(() => {});
  const [range, setRange] = useState<{ min: number; max: number } | null>(null);
  const plotRef = useRef<uPlot | null>(null);
  const first = points[0]?.generation ?? 0;
  const last = points[points.length - 1]?.generation ?? 0;

  const build = useCallback<BuildOptions>(
    (width, c) => ({
      width,
      height: 240,
      scales: { x: { time: false } },
      legend: { show: false },
      cursor: { drag: { x: true, y: false, setScale: true } },
      axes: [axis('Generation', c), axis(name, c)],
      series: [
        { label: 'Generation' },
        // Points only when few enough are in view to be told apart (and cheap to draw).
        {
          label: name,
          stroke: c.accent,
          width: 1,
          points: { show: (_u, _s, i0, i1) => i1 - i0 < 400, size: 4, fill: c.accent },
        },
        {
          label: `mean of ${MEAN_WINDOW}`,
          // Solid, not dashed: a dashed path of thousands of segments is slow to rasterise without a GPU.
          stroke: c.ok,
          width: 2.5,
          points: { show: false },
        },
        {
          label: 'failed',
          stroke: c.bad,
          width: 0,
          paths: () => null,
          points: { show: true, size: 9, fill: c.bad, stroke: c.bad },
        },
      ],
      hooks: {
        setCursor: [(u) => showHover.current(u.cursor.idx == null ? null : (points[u.cursor.idx] ?? null))],
        setScale: [
          (u, key) => {
            if (key !== 'x') return;
            const min = u.scales.x?.min;
            const max = u.scales.x?.max;
            if (min == null || max == null) return;
            setRange(min <= first && max >= last ? null : { min: Math.ceil(min), max: Math.floor(max) });
          },
        ],
      },
    }),
    [name, points, first, last],
  );
  const zoom = (min: number, max: number) => {
    if (!Number.isFinite(min) || !Number.isFinite(max) || min >= max) return;
    plotRef.current?.setScale('x', { min, max });
    setRange(min <= first && max >= last ? null : { min, max });
  };
  const inRange = useMemo(
    () => (range ? points.filter((p) => p.generation >= range.min && p.generation <= range.max) : points),
    [points, range],
  );

  return (
    <section class="chart" aria-labelledby="chart-title" data-testid="chart">
      <div class="chart-head">
        <h3 id="chart-title">Metric across generations</h3>
        <div class="field inline">
          <label for="metric-select">Metric</label>
          <select
            id="metric-select"
            value={name}
            disabled={metrics.length === 0}
            onChange={(e) => onMetric(e.currentTarget.value)}
          >
            {metrics.length === 0 && <option value="">No numeric metrics</option>}
            {metrics.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </div>
      </div>
      {points.length === 0 ? (
        <p class="muted">No task in this view has a generation.</p>
      ) : (
        <>
          <Readout name={name} points={points} mean={data[2] as (number | null)[]} showRef={showHover} />
          <UPlotChart
            build={build}
            data={data}
            height={240}
            plotRef={plotRef}
            testId="metric-chart"
            label={`${name} for generations ${first} to ${last}; failed generations marked`}
          />
          <form
            class="zoom"
            aria-label="Zoom"
            onSubmit={(e) => {
              e.preventDefault();
              const f = new FormData(e.currentTarget);
              zoom(Number(f.get('from')), Number(f.get('to')));
            }}
          >
            <div class="field inline">
              <label for="zoom-from">Generations</label>
              <input id="zoom-from" name="from" type="number" value={range?.min ?? first} />
            </div>
            <div class="field inline">
              <label for="zoom-to">to</label>
              <input id="zoom-to" name="to" type="number" value={range?.max ?? last} />
            </div>
            <button type="submit">Zoom</button>
            <button
              type="button"
              disabled={!range}
              onClick={() => zoom(first, last)}
              data-testid="zoom-reset"
            >
              Show all
            </button>
          </form>
          <NumbersTable name={name} points={inRange} range={range} />
        </>
      )}
    </section>
  );
}

/** The hovered generation's values, or how to use the chart; updated without re-rendering the chart. */
function Readout({
  name,
  points,
  mean,
  showRef,
}: {
  name: string;
  points: readonly GenerationPoint[];
  mean: readonly (number | null)[];
  showRef: { current: (point: GenerationPoint | null) => void };
}) {
  const [hover, setHover] = useState<GenerationPoint | null>(null);
  showRef.current = setHover;
  const m = hover ? mean[points.indexOf(hover)] : null;
  return (
    <p class="readout" data-testid="chart-readout" aria-live="polite">
      {hover ? (
        <>
          <strong>Generation {hover.generation}</strong> · {hover.failed ? 'failed' : hover.task.status}
          {hover.value !== null && ` · ${name} ${formatValue(hover.value)}`}
          {m != null && ` · mean ${formatValue(m)}`}
          {hover.durationMs !== null && ` · took ${formatDuration(hover.durationMs)}`}
        </>
      ) : (
        <span class="muted">
          Hover the chart for a generation's values; drag across it to zoom.{' '}
          <span class="key key-value">— {name}</span>{' '}
          <span class="key key-mean">— mean of {MEAN_WINDOW}</span>{' '}
          <span class="key key-failed">● failed</span>
        </span>
      )}
    </p>
  );
}

/** The numbers behind the chart (for screen readers and copying); its rows exist only while it is open. */
function NumbersTable({
  name,
  points,
  range,
}: {
  name: string;
  points: readonly GenerationPoint[];
  range: { min: number; max: number } | null;
}) {
  const [open, setOpen] = useState(false);
  const shown = open ? points.slice(-NUMBERS_SHOWN) : [];
  return (
    <details onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>
        Show the numbers ({points.length} generation{points.length === 1 ? '' : 's'}
        {range ? ` in ${range.min}–${range.max}` : ''})
      </summary>
      {open && shown.length < points.length && (
        <p class="muted">The newest {NUMBERS_SHOWN} of them; zoom to a range to see others.</p>
      )}
      {open && (
        <table class="chart-data">
          <thead>
            <tr>
              <th scope="col">Generation</th>
              <th scope="col">Status</th>
              <th scope="col">{name}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((p) => (
              <tr key={p.generation}>
                <td>{p.generation}</td>
                <td>{p.failed ? 'failed' : p.task.status}</td>
                <td>{formatValue(p.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
