/** Pure formatting helpers shared by the table, the detail panel and the tests. */
import { previewJson } from './bounded-view.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Epoch ms as local `YYYY-MM-DD HH:mm:ss`; an em dash for null. */
export function formatTime(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms) || ms <= 0) return '—';
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** A duration in ms as `1h 02m`, `3m 05s` or `12s`. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h}h ${pad(m)}m`;
  if (m > 0) return `${m}m ${pad(s)}s`;
  return `${s}s`;
}

/** A metric value for display: numbers with at most four decimals, anything else as JSON text. */
export function formatValue(value: unknown): string {
  if (typeof value === 'number')
    return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(4)));
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '—';
  return previewJson(value);
}

/** Thousands separators for counts (`10,000`). */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
