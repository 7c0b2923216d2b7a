/** Pure formatting helpers shared by the views and the tests. */
import { previewJson } from './bounded-view.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Which clock times are shown in: UTC (the run ids' clock) or the browser's. */
export type TimeZoneChoice = 'utc' | 'local';

/** The zone's label next to times: `UTC`, or the browser's zone name and offset (`Asia/Shanghai, UTC+8`). */
export function zoneLabel(zone: TimeZoneChoice, at = Date.now()): string {
  if (zone === 'utc') return 'UTC';
  const offset = -new Date(at).getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  const text = `UTC${sign}${Math.floor(abs / 60)}${abs % 60 ? `:${pad(abs % 60)}` : ''}`;
  const name = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return name && name !== 'UTC' ? `${name}, ${text}` : text;
}

/** Epoch ms as `YYYY-MM-DD HH:mm:ss` in the chosen zone (local by default); an em dash for null. */
export function formatTime(ms: number | null, zone: TimeZoneChoice = 'local'): string {
  if (ms === null || !Number.isFinite(ms) || ms <= 0) return '—';
  const d = new Date(ms);
  if (zone === 'utc')
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** How long ago (or from now) a time is, in the largest fitting unit: `just now`, `5 min ago`, `3 h ago`, `2 d ago`. */
export function formatRelative(ms: number | null, now: number): string {
  if (ms === null || !Number.isFinite(ms) || ms <= 0) return '—';
  const diff = now - ms;
  const abs = Math.abs(diff);
  const suffix = diff >= 0 ? 'ago' : 'from now';
  if (abs < 45_000) return 'just now';
  if (abs < 3_600_000) return `${Math.round(abs / 60_000)} min ${suffix}`;
  if (abs < 86_400_000) return `${Math.round(abs / 3_600_000)} h ${suffix}`;
  return `${Math.round(abs / 86_400_000)} d ${suffix}`;
}

/** A duration in ms as `1h 02m`, `3m 05s` or `12s`; `—` for none (core's `taskDurationMs` found the times senseless). */
export function formatDuration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms) || ms < 0) return '—';
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h}h ${pad(m)}m`;
  if (m > 0) return `${m}m ${pad(s)}s`;
  return `${s}s`;
}

/** A metric value for display: numbers with at most four decimals, anything else as bounded JSON text. */
export function formatValue(value: unknown): string {
  if (typeof value === 'number')
    return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(4)));
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '—';
  return previewJson(value);
}

/** A signed difference (`+0.012`, `−3`), for comparisons. */
export function formatDiff(value: number | null): string {
  if (value === null) return '—';
  if (value === 0) return '0';
  return `${value > 0 ? '+' : '−'}${formatValue(Math.abs(value))}`;
}

/** A share as a percentage (`93%`); an em dash for null. */
export function formatPercent(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}

/** Thousands separators for counts (`10,000`). */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
