/**
 * Deterministic demo data: the same PRNG seed and anchor time always give the same tasks. Names follow the
 * API page's own examples (`my-app`/`ctr`/`ctr_test`, `app_group_name`/`test_model_2`) plus a third group.
 */
import type { LoadTask } from './task-input.js';

/** The seeded layout: app group → function → instances. The README lists the same. */
export const SEED_LAYOUT: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  'my-app': { ctr: ['ctr_test', 'ctr_prod'], popularity: ['popularity_default'], hot: ['hot_default'] },
  app_group_name: { ctr: ['test_model_2'], hot: ['hot_hourly'] },
  'shop-search': {
    ctr: ['ctr_v3'],
    popularity: ['popularity_daily', 'popularity_weekly'],
    hot: ['hot_trending'],
  },
};

const HOUR = 3_600_000;
/** How often each function trains, so generations spread over realistic spans. */
const INTERVAL_MS: Record<string, number> = { ctr: 6 * HOUR, popularity: 12 * HOUR, hot: HOUR };

/** What a seed created, for the one-line summary. */
export interface SeedSummary {
  seed: number;
  appGroups: number;
  functions: number;
  instances: number;
  tasks: number;
  running: number;
}

/** mulberry32: a tiny, fast, well-distributed 32-bit PRNG; deterministic across platforms. */
export function createPrng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const FAILURES = [
  'OOM: container killed while training (exit code 137)',
  'sample table is empty for the last 24h',
  'feature field "user_age" missing in behaviour data',
  'evaluation auc below threshold 0.6',
  'timeout waiting for data sync after 3600s',
];

/** The `trigger__2021-03-05T12:18:41` run id style of the API page. */
export function runIdFor(startTime: number): string {
  return `trigger__${new Date(startTime).toISOString().slice(0, 19)}`;
}

/** Builds the demo tasks for PRNG seed `seed`, anchored at `now` (rounded down to the minute). */
export function buildSeedTasks(seed: number, now: number): { tasks: LoadTask[]; summary: SeedSummary } {
  const rand = createPrng(seed);
  const between = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const round = (value: number, digits: number) => Number(value.toFixed(digits));
  const anchor = Math.floor(now / 60_000) * 60_000;
  const tasks: LoadTask[] = [];
  const functions = new Set<string>();
  let instances = 0;
  let running = 0;

  for (const [appGroupIdentity, byFunction] of Object.entries(SEED_LAYOUT)) {
    for (const [functionName, instanceNames] of Object.entries(byFunction)) {
      functions.add(functionName);
      const interval = INTERVAL_MS[functionName] ?? 6 * HOUR;
      for (const instanceName of instanceNames) {
        instances += 1;
        const generations = between(150, 450);
        // About half the instances are training right now; ctr_test always is, so a watcher has something to see.
        const latestRunning = instanceName === 'ctr_test' || rand() < 0.5;
        const base = { appGroupIdentity, functionName, instanceName };
        for (let g = 1; g <= generations; g += 1) {
          const startTime = anchor - (generations - g) * interval - between(1, 15) * 60_000;
          const durationMs = between(10, 45) * 60_000;
          const metrics = {
            recall: round(80 + rand() * 15, 1),
            auc: round(0.7 + rand() * 0.25, 4),
            precision: round(0.5 + rand() * 0.4, 4),
            sampleCount: between(200_000, 5_000_000),
          };
          const common = { ...base, runId: runIdFor(startTime), generation: String(g), startTime };
          if (g === generations && latestRunning) {
            running += 1;
            const outcome = rand() < 0.8 ? 'success' : 'failed';
            tasks.push({
              ...common,
              status: 'running',
              progress: between(0, 30),
              endTime: 0,
              extendInfo: { errors: [] },
              outcome,
              // Longer than the at most 15 minutes it has been running, so it is still running when seeded.
              durationMs: durationMs + 20 * 60_000,
              finalExtendInfo:
                outcome === 'success'
                  ? { ...metrics, errors: [] }
                  : { errors: [FAILURES[between(0, FAILURES.length - 1)]] },
            });
          } else if (rand() < 0.85) {
            tasks.push({
              ...common,
              status: 'success',
              progress: 100,
              endTime: startTime + durationMs,
              extendInfo: { ...metrics, errors: [] },
            });
          } else {
            const error = FAILURES[between(0, FAILURES.length - 1)] ?? 'unknown error';
            tasks.push({
              ...common,
              status: 'failed',
              progress: between(5, 95),
              endTime: startTime + Math.floor(durationMs / 2),
              extendInfo: { errors: [error] },
            });
          }
        }
      }
    }
  }
  return {
    tasks,
    summary: {
      seed,
      appGroups: Object.keys(SEED_LAYOUT).length,
      functions: functions.size,
      instances,
      tasks: tasks.length,
      running,
    },
  };
}

/** The one-line summary the seed prints. */
export function formatSeedSummary(s: SeedSummary): string {
  return `seeded ${s.appGroups} app groups, ${s.functions} functions, ${s.instances} instances, ${s.tasks} tasks (${s.running} running) from seed ${s.seed}`;
}
