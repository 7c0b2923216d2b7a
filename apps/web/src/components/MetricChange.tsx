import type { MetricTrend } from '@fntasks/core';
import { formatDiff, formatValue } from '../format';

/**
 * A metric's change against its recent mean: `▲ +0.012 (+1.5%)`. The arrow gives the sign; the colour (by
 * core's `quality`) says better or worse, and a metric without a direction is never coloured.
 */
export function MetricChange({ metric }: { metric: MetricTrend }) {
  if (metric.change === null || metric.baseline === null)
    return (
      <span class="change neutral muted" data-testid="card-change" data-quality="none">
        no earlier runs
      </span>
    );
  const arrow = metric.change > 0 ? '▲' : metric.change < 0 ? '▼' : '=';
  const percent =
    metric.relativeChange === null
      ? ''
      : ` (${metric.relativeChange > 0 ? '+' : metric.relativeChange < 0 ? '−' : ''}${Math.abs(metric.relativeChange * 100).toFixed(1)}%)`;
  return (
    <span
      class={`change ${metric.quality}`}
      data-testid="card-change"
      data-quality={metric.quality}
      title={`against the mean ${formatValue(metric.baseline)} of the ${metric.baselineRuns} successful runs before${metric.direction === 'neutral' ? '; no direction: neither better nor worse' : `; ${metric.direction === 'up' ? 'higher' : 'lower'} is better`}`}
    >
      {arrow} {formatDiff(metric.change)}
      {percent}
    </span>
  );
}
