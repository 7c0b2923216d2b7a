/** The view's state as URL query parameters, so a view can be shared or bookmarked. */
import type { KnownTaskStatus } from '@fntasks/core';
import type { TimeZoneChoice } from './format.js';
import { DEFAULT_SORT, type SortKey, type SortState } from './table-view.js';

/** Time-range presets (relative to now) or a custom from/to. */
export type RangePreset = 'all' | '1h' | '24h' | '7d' | '30d' | 'custom';

/** The tabs of the instance view. */
export type InstanceTab = 'runs' | 'trends' | 'compare' | 'setup';

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
  /** The instance view's tab. */
  tab: InstanceTab;
  /** Times in UTC (default: the run ids are UTC) or the browser's zone. */
  tz: TimeZoneChoice;
  /** The table's search text (run id or generation). */
  q: string;
  /** The table's sort. */
  sort: SortState;
  /** The generations compared (A and B), as text. */
  a: string;
  b: string;
  /** App groups the overview discovers besides the server's (`groups=a,b`). */
  groups: string[];
  /** The runs table's metric columns in order (`cols=auc,recall`); empty: the headline metric and the next ones. */
  cols: string[];
}

export const RANGE_MS: Record<Exclude<RangePreset, 'all' | 'custom'>, number> = {
  '1h': 3_600_000,
  '24h': 86_400_000,
  '7d': 7 * 86_400_000,
  '30d': 30 * 86_400_000,
};

const STATUSES = ['running', 'success', 'failed'];
const TABS = ['runs', 'trends', 'compare', 'setup'];
const SORT_KEYS = ['status', 'progress', 'runId', 'generation', 'start', 'duration', 'errors'];

/** `key:dir`, where a metric key itself holds a colon (`metric:recall:asc`); unknown → the default sort. */
function parseSort(text: string | null): SortState {
  const cut = (text ?? '').lastIndexOf(':');
  const key = (text ?? '').slice(0, Math.max(0, cut));
  const dir = (text ?? '').slice(cut + 1);
  const okKey = SORT_KEYS.includes(key) || (key.startsWith('metric:') && key.length > 7);
  if (!okKey || (dir !== 'asc' && dir !== 'desc')) return DEFAULT_SORT;
  return { key: key as SortKey, dir };
}
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
    tab: (TABS.includes(q.get('tab') ?? '') ? q.get('tab') : 'runs') as InstanceTab,
    tz: q.get('tz') === 'local' ? 'local' : 'utc',
    q: q.get('q') ?? '',
    sort: parseSort(q.get('sort')),
    a: q.get('a') ?? '',
    b: q.get('b') ?? '',
    groups: (q.get('groups') ?? '').split(',').filter(Boolean),
    cols: [...new Set((q.get('cols') ?? '').split(',').filter(Boolean))],
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
  if (state.tab !== 'runs') q.set('tab', state.tab);
  if (state.tz !== 'utc') q.set('tz', state.tz);
  if (state.q) q.set('q', state.q);
  if (state.sort.key !== DEFAULT_SORT.key || state.sort.dir !== DEFAULT_SORT.dir)
    q.set('sort', `${state.sort.key}:${state.sort.dir}`);
  if (state.a) q.set('a', state.a);
  if (state.b) q.set('b', state.b);
  if (state.groups.length) q.set('groups', state.groups.join(','));
  if (state.cols.length) q.set('cols', state.cols.join(','));
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
