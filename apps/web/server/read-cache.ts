/**
 * Shares identical upstream reads: many tabs watching one instance should cost about one tab's reads against a
 * gateway that caps calls per second. A read already in flight is joined; a successful answer is reused for
 * `windowMs` (default 3 s, the dashboard's default refresh interval, so a view never shows data older than one
 * refresh). Failed answers are never kept: the next read after a failure goes upstream again. At most
 * `maxEntries` answers are kept, the oldest dropped first.
 */
import type { ForwardedResponse } from './browser-answer.js';

/** Settings of the read cache. */
export interface ReadCacheOptions {
  /** How long a successful answer is reused, in ms (default 3000; 0 shares only reads in flight). */
  windowMs?: number;
  /** The most answers kept at once (default 2000). */
  maxEntries?: number;
  /** The clock (tests). */
  now?: () => number;
}

/** Counts of what the cache did, for the benchmark and `/api/session`-style diagnostics. */
export interface ReadCacheStats {
  /** Reads sent upstream. */
  upstream: number;
  /** Reads answered from a kept answer. */
  reused: number;
  /** Reads that joined one in flight. */
  joined: number;
}

/** A coalescing cache of upstream reads, keyed by operation and parameters. */
export interface ReadCache {
  /** The answer for `key`: kept, in flight, or loaded now. */
  read(key: string, load: () => Promise<ForwardedResponse>): Promise<ForwardedResponse>;
  /** Forgets every kept answer (after a write, so the next reads see it). */
  clear(): void;
  readonly stats: ReadCacheStats;
}

/** The default window: the dashboard's default refresh interval. */
export const DEFAULT_READ_WINDOW_MS = 3_000;

interface Kept {
  readonly answer: ForwardedResponse;
  readonly until: number;
}

/** A stable key for a read: its operation and its parameters in name order. */
export function readKey(operationId: string, params: object): string {
  const entries = Object.entries(params)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${operationId} ${JSON.stringify(entries)}`;
}

/** Builds a read cache; `windowMs` and `maxEntries` are checked here so a bad flag fails at start. */
export function createReadCache(options: ReadCacheOptions = {}): ReadCache {
  const windowMs = options.windowMs ?? DEFAULT_READ_WINDOW_MS;
  const maxEntries = options.maxEntries ?? 2_000;
  if (!Number.isInteger(windowMs) || windowMs < 0 || windowMs > 600_000) {
    throw new RangeError(`The read cache window must be an integer from 0 to 600000 ms, got ${windowMs}.`);
  }
  if (!Number.isInteger(maxEntries) || maxEntries < 1) {
    throw new RangeError(`The read cache size must be a positive integer, got ${maxEntries}.`);
  }
  const now = options.now ?? Date.now;
  const kept = new Map<string, Kept>();
  const inFlight = new Map<string, Promise<ForwardedResponse>>();
  const stats: ReadCacheStats = { upstream: 0, reused: 0, joined: 0 };
  let generation = 0;

  const keep = (key: string, answer: ForwardedResponse): void => {
    if (windowMs === 0 || answer.status < 200 || answer.status >= 300) return;
    kept.delete(key);
    kept.set(key, { answer, until: now() + windowMs });
    if (kept.size > maxEntries) kept.delete(kept.keys().next().value as string);
  };

  return {
    stats,
    read(key, load) {
      const hit = kept.get(key);
      if (hit) {
        if (hit.until > now()) {
          stats.reused++;
          return Promise.resolve(hit.answer);
        }
        kept.delete(key);
      }
      const pending = inFlight.get(key);
      if (pending) {
        stats.joined++;
        return pending;
      }
      stats.upstream++;
      const started = generation;
      const loading = load().then(
        (answer) => {
          inFlight.delete(key);
          // A write cleared the cache while this read was out: its answer may predate the write.
          if (started === generation) keep(key, answer);
          return answer;
        },
        (error: unknown) => {
          inFlight.delete(key);
          throw error;
        },
      );
      inFlight.set(key, loading);
      return loading;
    },
    clear() {
      generation++;
      kept.clear();
      inFlight.clear();
    },
  };
}
