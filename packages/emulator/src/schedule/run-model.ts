/**
 * How a run of an instance turns out: outcome, duration, metrics, error. Deterministic in the instance's names,
 * the generation, its start time and a salt (the demo seed), so the seed's history and the runs that cron
 * schedules and CreateFunctionTask start later follow the same story:
 * - metrics improve over generations towards an instance-specific ceiling, drift slowly, and regress now and then;
 * - failures cluster: on some days an app group's data sync breaks and most of its runs fail with the same error;
 * - durations trend upwards as the training data grows.
 */
import type { InstanceKey } from '../store/types.js';
import { prngFor } from './prng.js';

/** A planned run. */
export interface PlannedRun {
  outcome: 'success' | 'failed';
  /** From start to end, ms. */
  durationMs: number;
  /** `extendInfo` once ended: metrics and `errors: []`, or `errors: [message]`. */
  finalExtendInfo: Record<string, unknown>;
  /** Where a failed run stops (0–99); 100 for a success. */
  finalProgress: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * The error of a day whose data sync broke (the cluster a person should notice): this text, then how long the
 * run waited (`after 2460s`) — the run's duration less its setup, so a message never claims a longer wait than
 * the run took.
 */
export const SYNC_FAILURE = 'timeout waiting for data sync';

/** The setup before a run starts waiting for its data (subtracted from a sync failure's wait). */
const SYNC_SETUP_S = 60;

const FAILURES = [
  'OOM: container killed while training (exit code 137)',
  'sample table is empty for the last 24h',
  'feature field "user_age" missing in behaviour data',
  'evaluation auc below threshold 0.6',
];

// Hot searches and popularity train on less data than a CTR model: shorter runs.
const DURATION_SCALE: Record<string, number> = { hot: 0.4, pop: 0.6, hint: 0.5, suggest: 0.5 };

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/**
 * True when the app group's data sync is broken on the UTC day of `t`: one day in every 12 (so any two weeks of
 * history show one), plus now and then another at random.
 */
export function isSyncOutage(appGroupIdentity: string, t: number, salt: number): boolean {
  const day = Math.floor(t / DAY);
  const offset = Math.floor(prngFor('outage', salt, appGroupIdentity)() * 12);
  return (day + offset) % 12 === 0 || prngFor('outage', salt, appGroupIdentity, day)() < 1 / 40;
}

/** What makes an instance's story its own: where its metrics start and end, how long its runs take. */
function traits(names: string[], salt: number) {
  const trait = prngFor('traits', salt, ...names);
  return {
    aucBase: 0.68 + trait() * 0.08,
    aucGain: 0.1 + trait() * 0.06,
    tau: 40 + trait() * 120,
    recallBase: 78 + trait() * 6,
    phase: trait() * 6.28,
    baseMinutes: 14 + trait() * 12,
    growthMinutes: 0.02 + trait() * 0.05,
    failRate: 0.04 + trait() * 0.06,
  };
}

const traitCache = new Map<string, ReturnType<typeof traits>>();

function traitsOf(names: string[], salt: number): ReturnType<typeof traits> {
  const key = `${salt}\u0000${names.join('\u0000')}`;
  let found = traitCache.get(key);
  if (!found) {
    if (traitCache.size > 10_000) traitCache.clear();
    found = traits(names, salt);
    traitCache.set(key, found);
  }
  return found;
}

/** Plans run `generation` of an instance, started at `startTime`. */
export function planRun(key: InstanceKey, generation: number, startTime: number, salt = 0): PlannedRun {
  const names = [key.appGroupIdentity, key.functionName, key.instanceName];
  const { aucBase, aucGain, tau, recallBase, phase, baseMinutes, growthMinutes, failRate } = traitsOf(
    names,
    salt,
  );

  const r = prngFor('run', salt, ...names, generation);
  const scale = DURATION_SCALE[key.functionName] ?? 1;
  const minutes = (baseMinutes + growthMinutes * generation) * scale * (0.85 + r() * 0.3);
  const durationMs = Math.round(minutes * 60) * 1000;
  if (isSyncOutage(key.appGroupIdentity, startTime, salt) && r() < 0.8) {
    const failedAfterMs = Math.round((40 + Math.floor(r() * 15)) * scale) * MINUTE;
    return {
      outcome: 'failed',
      durationMs: failedAfterMs,
      finalExtendInfo: { errors: [`${SYNC_FAILURE} after ${failedAfterMs / 1000 - SYNC_SETUP_S}s`] },
      finalProgress: 5 + Math.floor(r() * 15),
    };
  }
  if (r() < failRate) {
    // Long runs are the ones that run out of memory.
    const error = minutes > 35 && r() < 0.6 ? FAILURES[0] : FAILURES[Math.floor(r() * FAILURES.length)];
    const share = 0.2 + r() * 0.7;
    return {
      outcome: 'failed',
      durationMs: Math.round(durationMs * share),
      finalExtendInfo: { errors: [error ?? 'unknown error'] },
      finalProgress: Math.floor(share * 100),
    };
  }
  const learned = 1 - Math.exp(-generation / tau);
  const drift = 0.012 * Math.sin(generation / 23 + phase);
  const regression = r() < 0.06 ? 0.02 + r() * 0.05 : 0;
  const noise = (r() - 0.5) * 0.008;
  const quality = learned * aucGain + drift + noise - regression;
  return {
    outcome: 'success',
    durationMs,
    finalExtendInfo: {
      recall: round(Math.min(99.5, recallBase + quality * 70), 1),
      auc: round(Math.min(0.99, aucBase + quality), 4),
      precision: round(Math.min(0.95, 0.52 + quality * 1.6 + (r() - 0.5) * 0.01), 4),
      sampleCount: Math.round(800_000 * (1 + generation / 150) * (0.9 + r() * 0.2)),
      errors: [],
    },
    finalProgress: 100,
  };
}
