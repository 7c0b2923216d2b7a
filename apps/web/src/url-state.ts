/** The view's state as URL query parameters, so a view can be shared or bookmarked. */
import type { KnownTaskStatus } from '@fntasks/core';

/** Time-range presets (relative to now) or a custom from/to. */
export type RangePreset = 'all' | '1h' | '24h' | '7d' | '30d' | 'custom';

/** Everything the URL remembers. */
export interface ViewState {
  app: string;
  fn: string;
  inst: string;
  status: KnownTaskStatus | '';
  range: RangePreset;
  /** Custom range start (`datetime-local` text) — tasks that started after it. */
  from: string;
  /** Custom range end (`datetime-local` text) — tasks that ended before it. */
  to: string;
  /** The metric charted across generations. */
  metric: string;
  /** Auto-refresh interval in ms (default 3000). */
  refreshMs: number;
}

export const RANGE_MS: Record<Exclude<RangePreset, 'all' | 'custom'>, number> = {
  '1h': 3_600_000,
  '24h': 86_400_000,
  '7d': 7 * 86_400_000,
  '30d': 30 * 86_400_000,
};

const STATUSES = ['running', 'success', 'failed'];
const RANGES = ['all', '1h', '24h', '7d', '30d', 'custom'];
export const DEFAULT_REFRESH_MS = 3000;

/** Reads the view state from a query string; unknown values fall back to defaults. */
export function parseViewState(search: string): ViewState {
  const q = new URLSearchParams(search);
  const status = q.get('status') ?? '';
  const range = q.get('range') ?? 'all';
  const refresh = Number(q.get('refresh'));
  return {
    app: q.get('app') ?? '',
    fn: q.get('fn') ?? '',
    inst: q.get('inst') ?? '',
    status: (STATUSES.includes(status) ? status : '') as ViewState['status'],
    range: (RANGES.includes(range) ? range : 'all') as RangePreset,
    from: q.get('from') ?? '',
    to: q.get('to') ?? '',
    metric: q.get('metric') ?? '',
    refreshMs: Number.isFinite(refresh) && refresh >= 250 ? refresh : DEFAULT_REFRESH_MS,
  };
}

/** Writes the view state as a query string, leaving defaults out. */
export function serializeViewState(state: ViewState): string {
  const q = new URLSearchParams();
  if (state.app) q.set('app', state.app);
  if (state.fn) q.set('fn', state.fn);
  if (state.inst) q.set('inst', state.inst);
  if (state.status) q.set('status', state.status);
  if (state.range !== 'all') q.set('range', state.range);
  if (state.range === 'custom' && state.from) q.set('from', state.from);
  if (state.range === 'custom' && state.to) q.set('to', state.to);
  if (state.metric) q.set('metric', state.metric);
  if (state.refreshMs !== DEFAULT_REFRESH_MS) q.set('refresh', String(state.refreshMs));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The time filter of the request: `startTime` (started after) and `endTime` (ended before), epoch ms. */
export function timeFilter(state: ViewState, now: number): { startTime?: number; endTime?: number } {
  if (state.range === 'all') return {};
  if (state.range === 'custom') {
    const out: { startTime?: number; endTime?: number } = {};
    const from = state.from ? new Date(state.from).getTime() : Number.NaN;
    const to = state.to ? new Date(state.to).getTime() : Number.NaN;
    if (Number.isFinite(from)) out.startTime = from;
    if (Number.isFinite(to)) out.endTime = to;
    return out;
  }
  return { startTime: now - RANGE_MS[state.range] };
}

/** True when all three names are filled in. */
export function hasInstance(state: Pick<ViewState, 'app' | 'fn' | 'inst'>): boolean {
  return state.app !== '' && state.fn !== '' && state.inst !== '';
}
