import type { FunctionTask } from '@fntasks/core';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatValue } from '../format';
import { metricSeries } from '../tasks';

interface Props {
  tasks: readonly FunctionTask[];
  metrics: readonly string[];
  metric: string;
  onMetric: (name: string) => void;
}

/**
 * A chosen metric across generations, drawn by uPlot. uPlot is loaded on demand (its own chunk), so the
 * table never waits for the chart library; the same numbers are available as a table for screen readers.
 */
export function MetricChart({ tasks, metrics, metric, onMetric }: Props) {
  const name = metrics.includes(metric) ? metric : (metrics[0] ?? '');
  const series = useMemo(() => (name ? metricSeries(tasks, name) : { x: [], y: [] }), [tasks, name]);
  const box = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    const el = box.current;
    if (!el || series.x.length === 0) return;
    let plot: { destroy(): void; setSize(s: { width: number; height: number }): void } | null = null;
    let cancelled = false;
    const observer = new ResizeObserver(() => plot?.setSize({ width: el.clientWidth, height: 220 }));
    Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')])
      .then(([{ default: UPlot }]) => {
        if (cancelled) return;
        const css = getComputedStyle(document.documentElement);
        const stroke = css.getPropertyValue('--accent').trim() || '#2563eb';
        const axis = css.getPropertyValue('--fg-muted').trim() || '#666';
        const grid = css.getPropertyValue('--border').trim() || '#ddd';
        plot = new UPlot(
          {
            width: el.clientWidth,
            height: 220,
            scales: { x: { time: false } },
            legend: { show: true },
            axes: [
              { label: 'Generation', stroke: axis, grid: { stroke: grid }, ticks: { stroke: grid } },
              { label: name, stroke: axis, grid: { stroke: grid }, ticks: { stroke: grid } },
            ],
            series: [
              { label: 'Generation' },
              { label: name, stroke, width: 2, points: { show: true, size: 6, fill: stroke } },
            ],
          },
          [series.x, series.y],
          el,
        );
        observer.observe(el);
      })
      .catch((error: unknown) => setFailed(error instanceof Error ? error.message : String(error)));
    return () => {
      cancelled = true;
      observer.disconnect();
      plot?.destroy();
    };
  }, [series, name]);

  return (
    <section class="chart" aria-labelledby="chart-title" data-testid="chart">
      <div class="chart-head">
        <h2 id="chart-title">Metric across generations</h2>
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
      {series.x.length === 0 ? (
        <p class="muted">No task in this view reports a numeric metric with a generation.</p>
      ) : (
        <>
          <div
            ref={box}
            class="chart-box"
            role="img"
            aria-label={`${name} for generations ${series.x[0]} to ${series.x[series.x.length - 1]}: from ${formatValue(series.y[0])} to ${formatValue(series.y[series.y.length - 1])}`}
          />
          {failed && <p class="muted">The chart could not be drawn: {failed}</p>}
          <details>
            <summary>Show the numbers</summary>
            <table class="chart-data">
              <thead>
                <tr>
                  <th scope="col">Generation</th>
                  <th scope="col">{name}</th>
                </tr>
              </thead>
              <tbody>
                {series.x.slice(-200).map((x, i, arr) => (
                  <tr key={x}>
                    <td>{x}</td>
                    <td>{formatValue(series.y[series.x.length - arr.length + i])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}
