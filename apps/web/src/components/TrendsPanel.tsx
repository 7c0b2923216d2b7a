import type { FunctionTask } from '@fntasks/core';
import { useCallback, useMemo } from 'preact/hooks';
import type uPlot from 'uplot';
import { failureRateByDay, generationPoints } from '../trends';
import { MetricChart } from './MetricChart';
import { axis, type BuildOptions, UPlotChart } from './UPlotChart';

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
      axes: [axis('Generation', c), axis('minutes', c)],
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
      axes: [axis('Day (UTC)', c), axis('% failed', c)],
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
        <SmallChart
          id="duration"
          title="Duration per generation"
          build={buildDuration}
          data={durations}
          label="Run duration in minutes by generation"
        />
        <SmallChart
          id="rate"
          title="Failure rate per day"
          build={buildRate}
          data={rates}
          label="Share of failed runs per day, in percent"
        />
      </div>
    </div>
  );
}

/** A titled chart of the pair below the metric chart, or a note when there is nothing to draw. */
function SmallChart({
  id,
  title,
  build,
  data,
  label,
}: {
  id: string;
  title: string;
  build: BuildOptions;
  data: uPlot.AlignedData;
  label: string;
}) {
  return (
    <section class="chart" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      {data[0].length ? (
        <UPlotChart build={build} data={data} height={180} testId={`${id}-chart`} label={label} />
      ) : (
        <p class="muted">No finished runs.</p>
      )}
    </section>
  );
}
