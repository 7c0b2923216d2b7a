import type { MetricPoint } from '@fntasks/core';
import { formatValue } from '../format';

/** The drawing's size in SVG units; CSS scales it to the card's width. */
const WIDTH = 240;
const HEIGHT = 40;
/** Room at the bottom for the failed-run marks. */
const MARKS = 6;

/**
 * A metric's successful values across the newest runs (oldest left), each finished run one step along, with
 * failed runs marked as red ticks below the line at their place. Plain SVG: no chart library on the overview.
 */
export function Sparkline({ name, points }: { name: string; points: readonly MetricPoint[] }) {
  const values = points.flatMap((p) => (p.value === null ? [] : [p.value]));
  const failed = points.filter((p) => p.status === 'failed').length;
  if (points.length === 0) return null;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const step = points.length > 1 ? WIDTH / (points.length - 1) : 0;
  const x = (i: number) => (points.length > 1 ? i * step : WIDTH / 2);
  const top = 3;
  const bottom = HEIGHT - MARKS - 3;
  const y = (v: number) =>
    max === min ? (top + bottom) / 2 : bottom - ((v - min) / (max - min)) * (bottom - top);
  const line = points
    .map((p, i) => (p.value === null ? null : `${x(i).toFixed(1)},${y(p.value).toFixed(1)}`))
    .filter((p) => p !== null)
    .join(' ');
  const lastIndex = points.findLastIndex((p) => p.value !== null);
  const last = points[lastIndex];
  const label =
    values.length === 0
      ? `${name}: no successful values among the last ${points.length} runs; ${failed} failed`
      : `${name} over the last ${points.length} finished runs: ${values.length} values from ${formatValue(min)} to ${formatValue(max)}, latest ${formatValue(last?.value ?? 0)}; ${failed} failed`;
  return (
    <svg
      class="sparkline"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={label}
      data-testid="sparkline"
      data-values={values.length}
      data-failed={failed}
    >
      <title>{label}</title>
      {line && <polyline class="spark-line" points={line} vector-effect="non-scaling-stroke" />}
      {points.map((p, i) =>
        p.status === 'failed' ? (
          <line
            key={`f${p.startTime}${p.generation}`}
            class="spark-failed"
            data-testid="spark-failed"
            x1={x(i)}
            x2={x(i)}
            y1={HEIGHT - MARKS}
            y2={HEIGHT}
            vector-effect="non-scaling-stroke"
          />
        ) : null,
      )}
      {last?.value != null && (
        <circle
          class="spark-last"
          cx={x(lastIndex)}
          cy={y(last.value)}
          r="2.5"
          vector-effect="non-scaling-stroke"
        />
      )}
    </svg>
  );
}
