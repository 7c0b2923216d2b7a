/**
 * Cron schedules on the emulator clock. Before every read the emulator asks the scheduler to catch up to now:
 * each fire time that has passed starts a run (unless the instance is still running one: that fire time is
 * skipped, as a busy training DAG would), and runs end at their planned time with their planned outcome. A clock
 * moved forward by days produces the days of runs in between, written in one batch (runs already over as ended
 * tasks); at most MAX_FIRES_PER_CATCH_UP fire times per instance, then the schedule skips to the present.
 */

import { type CronSchedule, parseCron } from '@fntasks/protocol';
import type { InstanceRow } from '../instances/instance-row.js';
import type { InstanceStore } from '../instances/instance-store.js';
import type { TaskStore } from '../store/task-store.js';
import type { InstanceKey } from '../store/types.js';
import type { NewTask } from '../task-input.js';
import { planRun } from './run-model.js';

/** A bound on the runs one catch-up starts per instance (a clock moved by a year must not stall a request). */
export const MAX_FIRES_PER_CATCH_UP = 1000;

/** The `trigger__2021-03-05T12:18:41` run id style of the API page. */
export function runIdFor(startTime: number): string {
  return `trigger__${new Date(startTime).toISOString().slice(0, 19)}`;
}

/** What starting a run needs to know about its instance. */
export interface RunTarget {
  id: number;
  key: InstanceKey;
}

/**
 * The task of run `generation` started at `at`, planned by the run model. A run whose planned end is at or before
 * `horizon` is written as ended (the catch-up of a schedule writes history in one batch, never run-then-finish);
 * a later one is running, and ends by itself once the clock passes its end. `minDurationMs` stretches the plan.
 */
export function plannedTask(
  target: RunTarget,
  generation: number,
  at: number,
  salt: number,
  horizon: number,
  runId: string,
  minDurationMs = 0,
): NewTask {
  const plan = planRun(target.key, generation, at, salt);
  const finishAt = at + Math.max(plan.durationMs, minDurationMs);
  const common = { ...target.key, runId, generation: String(generation), startTime: at };
  if (finishAt <= horizon) {
    return {
      ...common,
      status: plan.outcome,
      progress: plan.finalProgress,
      endTime: finishAt,
      extendInfo: JSON.stringify(plan.finalExtendInfo),
      outcome: null,
      finishAt: null,
      finalExtendInfo: null,
    };
  }
  return {
    ...common,
    status: 'running',
    progress: 0,
    endTime: 0,
    extendInfo: '{"errors":[]}',
    outcome: plan.outcome,
    finishAt,
    finalExtendInfo: JSON.stringify(plan.finalExtendInfo),
  };
}

/** A run id for `at` not yet used by the instance (two runs in one second get the generation appended). */
function freeRunId(
  store: TaskStore,
  instanceId: number,
  at: number,
  generation: number,
  taken?: Set<string>,
) {
  const runId = runIdFor(at);
  const used = taken?.has(runId) || store.ctx.stmts.byRunId.get(instanceId, runId) !== undefined;
  return used ? `${runId}_${generation}` : runId;
}

/**
 * Starts the instance's next generation at `at` (CreateFunctionTask, the seed's demo run); returns its
 * generation. The caller checked that no run is in progress.
 */
export function startRun(
  store: TaskStore,
  target: RunTarget,
  at: number,
  salt: number,
  minDurationMs = 0,
): number {
  const generation = store.lastGeneration(target.id) + 1;
  const runId = freeRunId(store, target.id, at, generation);
  store.insertTasks([plannedTask(target, generation, at, salt, at, runId, minDurationMs)]);
  return generation;
}

function keyOf(row: InstanceRow): InstanceKey {
  return {
    appGroupIdentity: row.app_group,
    functionName: row.function_name,
    instanceName: row.instance_name,
  };
}

/** Replays the cron schedules up to the emulator clock's now. */
export class Scheduler {
  // The earliest next fire time of any instance; undefined = not known (re-read after a change).
  private nextDue: number | null | undefined;
  private readonly schedules = new Map<string, CronSchedule>();
  /** Varies the planned runs (the demo seed sets it), so two seeds tell different stories. */
  salt = 0;

  constructor(
    private readonly store: TaskStore,
    private readonly instances: InstanceStore,
  ) {}

  /** Forgets what it knows of the schedules (after instances change). */
  invalidate(): void {
    this.nextDue = undefined;
  }

  /** The parsed schedule of a cron text (cached: instances share a handful of texts). */
  schedule(cron: string): CronSchedule {
    let parsed = this.schedules.get(cron);
    if (!parsed) {
      parsed = parseCron(cron);
      this.schedules.set(cron, parsed);
    }
    return parsed;
  }

  /** The first fire time of a cron text after `t`, or null for "" (no periodic training) and for none left. */
  nextFire(cron: string, t: number): number | null {
    return cron === '' ? null : this.schedule(cron).nextAfter(t);
  }

  /** Points every schedule at its first fire time after `now` (after the clock was set back). */
  restartFrom(now: number): void {
    for (const row of this.instances.scheduled())
      this.instances.setNextRun(row.id, this.nextFire(row.cron, now));
    this.invalidate();
  }

  /** Starts the runs the schedules owe by `now` and ends every run due by `now`. Cheap when nothing is due. */
  catchUp(now: number): void {
    if (this.nextDue === undefined) this.nextDue = this.instances.earliestNextRun();
    if (this.nextDue !== null && this.nextDue <= now) {
      this.store.ctx.inTransaction(() => this.replay(now));
      this.nextDue = this.instances.earliestNextRun();
    }
    this.store.settle(now);
  }

  private replay(now: number): void {
    const pending = this.instances.due(now).map((row) => {
      const running = this.store.runningTask(row.id);
      return {
        row,
        target: { id: row.id, key: keyOf(row) },
        at: row.next_run_at as number,
        fired: 0,
        generation: this.store.lastGeneration(row.id),
        // A run in progress keeps the instance busy until its planned end (for ever without one).
        busyUntil: running ? (running.finish_at ?? Number.POSITIVE_INFINITY) : 0,
        runIds: new Set<string>(),
      };
    });
    const batch: NewTask[] = [];
    while (pending.length > 0) {
      let first = 0;
      for (let i = 1; i < pending.length; i += 1)
        if ((pending[i]?.at ?? 0) < (pending[first]?.at ?? 0)) first = i;
      const item = pending[first];
      if (!item) break;
      if (item.at >= item.busyUntil) {
        item.generation += 1;
        const runId = freeRunId(this.store, item.row.id, item.at, item.generation, item.runIds);
        item.runIds.add(runId);
        const task = plannedTask(item.target, item.generation, item.at, this.salt, now, runId);
        batch.push(task);
        item.busyUntil = task.finishAt ?? task.endTime;
      }
      item.fired += 1;
      const schedule = this.schedule(item.row.cron);
      const next =
        item.fired >= MAX_FIRES_PER_CATCH_UP ? schedule.nextAfter(now) : schedule.nextAfter(item.at);
      // null: the schedule has no fire time left before the end of time (a clock set to year 9999).
      if (next !== null && next <= now) {
        item.at = next;
      } else {
        this.instances.setNextRun(item.row.id, next);
        pending.splice(first, 1);
      }
    }
    if (batch.length > 0) this.store.insertTasks(batch);
  }
}
