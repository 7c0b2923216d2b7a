/**
 * Which way a metric should move. The dashboard colours a change and `fntasks health` calls a drop a regression
 * only when the metric has a direction; a count (`sampleCount`) or an unknown name has none, so it is shown but
 * never judged.
 */

/** `up`: higher is better; `down`: lower is better; `neutral`: neither (counts, unknown names). */
export type MetricDirection = 'up' | 'down' | 'neutral';

/**
 * The known metric names (lower case) and their direction: ranking and classification quality up, errors and
 * losses down, counts neutral. Callers add or override names with the `directions` argument.
 */
export const METRIC_DIRECTIONS: Readonly<Record<string, MetricDirection>> = Object.freeze({
  auc: 'up',
  recall: 'up',
  precision: 'up',
  ndcg: 'up',
  map: 'up',
  mrr: 'up',
  f1: 'up',
  accuracy: 'up',
  loss: 'down',
  logloss: 'down',
  rmse: 'down',
  mae: 'down',
  mape: 'down',
  samplecount: 'neutral',
});

/** A caller's additions to (or overrides of) the table, by metric name. */
export type MetricDirections = Readonly<Record<string, MetricDirection>>;

/** The direction of a metric: the caller's table first (exact name, then lower case), then the known table; unknown names are neutral. */
export function metricDirection(name: string, directions: MetricDirections = {}): MetricDirection {
  const lower = name.toLowerCase();
  return (
    (Object.hasOwn(directions, name) ? directions[name] : undefined) ??
    (Object.hasOwn(directions, lower) ? directions[lower] : undefined) ??
    (Object.hasOwn(METRIC_DIRECTIONS, lower) ? METRIC_DIRECTIONS[lower] : undefined) ??
    'neutral'
  );
}

/** Whether a change of `delta` is an improvement (`better`), a deterioration (`worse`) or neither for a metric of `direction`. */
export function changeQuality(delta: number, direction: MetricDirection): 'better' | 'worse' | 'neutral' {
  if (direction === 'neutral' || delta === 0 || !Number.isFinite(delta)) return 'neutral';
  return delta > 0 === (direction === 'up') ? 'better' : 'worse';
}
