import type { FunctionTask } from '@fntasks/core';
import { useCallback, useMemo } from 'preact/hooks';
import type uPlot from 'uplot';
import { failureRateByDay, generationPoints } from '../trends';
import { MetricChart } from './MetricChart';
import { type BuildOptions, UPlotChart } from './UPlotChart';

/** The trends of an instance: a metric across generations, how long runs take, how often they fail. */
export function TrendsPanel({
  tasks,
  metrics,
  metric,
  onMetric,
}: {
  tasks: readonly FunctionTask[];
  metrics: readonly string[];
  metric: string;
  onMetric: (name: string) => void;
}) {
  const durations = useMemo((): uPlot.AlignedData => {
    const points = generationPoints(tasks, '').filter((p) => p.durationMs !== null);
    return [points.map((p) => p.generation), points.map((p) => (p.durationMs as number) / 60_000)];
  }, [tasks]);
  const rates = useMemo((): uPlot.AlignedData => {
    const days = failureRateByDay(tasks);
    return [days.map((d) => d.day / 1000), days.map((d) => Math.round(d.rate * 1000) / 10)];
  }, [tasks]);
  const buildDuration = useCallback<BuildOptions>(
    (width, c) => ({
      width,
      height: 180,
      scales: { x: { time: false } },
      legend: { show: false },
      axes: [
        { label: 'Generation', stroke: c.muted, grid: { stroke: c.grid }, ticks: { stroke: c.grid } },
        { label: 'minutes', stroke: c.muted, grid: { stroke: c.grid }, ticks: { stroke: c.grid } },
      ],
      series: [{}, { label: 'duration', stroke: c.accent, width: 1.5, points: { show: false } }],
    }),
    [],
  );
  const buildRate = useCallback<BuildOptions>(
    (width, c, lib) => ({
      width,
      height: 180,
      // Days on the axis in UTC, as the buckets are.
      tzDate: (ts) => lib.tzDate(new Date(ts * 1000), 'Etc/UTC'),
      scales: { y: { range: [0, 100] } },
      legend: { show: false },
      axes: [
        { label: 'Day (UTC)', stroke: c.muted, grid: { stroke: c.grid }, ticks: { stroke: c.grid } },
        { label: '% failed', stroke: c.muted, grid: { stroke: c.grid }, ticks: { stroke: c.grid } },
      ],
      series: [
        {},
        {
          label: 'failed',
          stroke: c.bad,
          fill: `${c.bad}55`,
          width: 1,
          paths: lib.paths.bars?.({ size: [0.8, 40] }),
          points: { show: false },
        },
      ],
    }),
    [],
  );
  return (
    <div class="trends" data-testid="trends">
      <MetricChart tasks={tasks} metrics={metrics} metric={metric} onMetric={onMetric} />
      <div class="chart-pair">
        <section class="chart" aria-labelledby="duration-title">
          <h3 id="duration-title">Duration per generation</h3>
          {durations[0].length ? (
            <UPlotChart
              build={buildDuration}
              data={durations}
              height={180}
              testId="duration-chart"
              label="Run duration in minutes by generation"
            />
          ) : (
            <p class="muted">No finished runs.</p>
          )}
        </section>
        <section class="chart" aria-labelledby="rate-title">
          <h3 id="rate-title">Failure rate per day</h3>
          {rates[0].length ? (
            <UPlotChart
              build={buildRate}
              data={rates}
              height={180}
              testId="rate-chart"
              label="Share of failed runs per day, in percent"
            />
          ) : (
            <p class="muted">No finished runs.</p>
          )}
        </section>
      </div>
    </div>
  );
}
