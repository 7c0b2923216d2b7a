/**
 * The headline metric and its change in a few words, as `instances` and `health` print them:
 * `auc 0.8123 ▲ +0.0121 (+1.5%)` (the percentage against the recent mean, one decimal). The arrow gives the sign; only colour says better (green) or worse (red),
 * and a neutral metric is never coloured. Wire text (the name) is made inert.
 */
import { inert } from '@fntasks/output';
import type { MetricSummary } from '../instance-rows.js';
import type { Colors } from './style.js';

/** Up to 4 significant digits, without a trailing `.0`. */
export function formatMetricValue(value: number): string {
  return String(Number(value.toPrecision(4)));
}

/** `▲ +0.0121 (+1.5%)`, `▼ −0.05 (−6.3%)`, `= 0`, or `-` without a baseline; coloured by the metric's direction. */
export function metricChangeText(metric: MetricSummary, c: Colors): string {
  const { change, relativeChange } = metric;
  if (change === null) return '-';
  if (change === 0) return '= 0';
  const sign = change > 0 ? '+' : '-';
  const arrow = change > 0 ? '▲' : '▼';
  const percent = relativeChange === null ? '' : ` (${sign}${Math.abs(relativeChange * 100).toFixed(1)}%)`;
  const text = `${arrow} ${sign}${formatMetricValue(Math.abs(change))}${percent}`;
  return metric.quality === 'better' ? c.green(text) : metric.quality === 'worse' ? c.red(text) : text;
}

/** `auc 0.8123`, or `auc -` when no successful run carries it. */
export function metricValueText(metric: MetricSummary): string {
  return `${inert(metric.name)} ${metric.latest === null ? '-' : formatMetricValue(metric.latest)}`;
}
