/**
 * The emulator's state and every operation on it. The control API and the in-process handle both call these
 * methods, so the HTTP and in-process ways of driving the emulator cannot drift apart.
 */
import type { WireCasing } from '@fntasks/protocol';
import { AppGroupStore } from './app-groups/app-group-store.js';
import { type AccessKey, type AuthSettings, AuthVerifier, parseAuthSettings } from './auth-verifier.js';
import {
  CLOCK_RANGE,
  type ClockState,
  type ClockUpdate,
  EmulatorClock,
  isClockSpeed,
  isClockTime,
  MAX_CLOCK_SPEED,
} from './clock.js';
import { FaultInjector, type FaultSettings, type FaultState, parseFaultSettings } from './faults.js';
import { type LoadInstance, type NewInstance, validateLoadInstance } from './instances/instance-input.js';
import type { InstanceRow } from './instances/instance-row.js';
import { type InstanceChange, InstanceStore } from './instances/instance-store.js';
import { type LoadResource, validateLoadResource } from './resources/resource-input.js';
import { ResourceStore } from './resources/resource-store.js';
import { type RunTarget, Scheduler, startRun } from './schedule/scheduler.js';
import { buildSeed, type SeedSummary } from './seed.js';
import { TaskStore } from './store/task-store.js';
import type { FinishResult, InstanceSummary } from './store/types.js';
import { checkPathName, type LoadTask, TaskInputError, validateLoadTask } from './task-input.js';
import { type LoadVersion, validateLoadVersion } from './versions/version-input.js';
import { VersionStore } from './versions/version-store.js';

/** Bad input to an operation: the control API answers 400 with this message. */
export class ControlInputError extends Error {
  override name = 'ControlInputError';
}

/** How an emulator starts. */
export interface EmulatorOptions {
  /** SQLite file path, or `:memory:` (the default). */
  db?: string;
  /** Default wire casing (`camel`, the documented sample, unless set). */
  casing?: WireCasing;
  /** Auth mode and keys (default: off). */
  auth?: AuthSettings;
  /** Faults in effect from the start. */
  faults?: FaultSettings;
  /** The clock's start: a time and/or a speed. */
  clock?: ClockUpdate;
}

/** The task to finish by hand, and how it ends. */
export interface FinishTaskRequest {
  appGroupIdentity: string;
  functionName: string;
  instanceName: string;
  runId: string;
  status: 'success' | 'failed';
}

/** Which function's default instance to set; `instanceName: null` removes the default. */
export interface DefaultInstanceRequest {
  appGroupIdentity: string;
  functionName: string;
  instanceName: string | null;
}

/** All the emulator's state: store, instances, schedules, clock, faults, auth, casing. */
export class Emulator {
  readonly clock: EmulatorClock;
  readonly store: TaskStore;
  readonly instances: InstanceStore;
  /** The application groups of the loaded instances (ListAppGroups). */
  readonly appGroups: AppGroupStore;
  /** The service's catalogue of function versions (built in; replaced or extended by loadVersions). */
  readonly versions: VersionStore;
  /** The functions' resources. */
  readonly resources: ResourceStore;
  readonly scheduler: Scheduler;
  readonly faults = new FaultInjector();
  readonly auth: AuthVerifier;
  casing: WireCasing;

  constructor(options: EmulatorOptions = {}) {
    this.clock = new EmulatorClock(checkClockUpdate(options.clock ?? {}));
    this.store = new TaskStore(options.db ?? ':memory:');
    this.instances = new InstanceStore(this.store.ctx);
    this.appGroups = new AppGroupStore(this.store.ctx);
    this.versions = new VersionStore(this.store.ctx);
    this.resources = new ResourceStore(this.store.ctx);
    this.scheduler = new Scheduler(this.store, this.instances);
    this.auth = new AuthVerifier(() => this.clock.now());
    this.casing = checkCasing(options.casing ?? 'camel');
    if (options.auth) this.setAuth(options.auth);
    if (options.faults) this.setFaults(options.faults);
  }

  /**
   * Clears the store (and the nonces seen) and puts back the built-in versions; with a seed, writes the
   * deterministic demo data.
   */
  reset(seed?: number | null): { ok: true; seeded: SeedSummary | null } {
    if (seed !== undefined && seed !== null && (!Number.isSafeInteger(seed) || seed < 0)) {
      throw new ControlInputError(`seed must be a non-negative integer or null, got ${JSON.stringify(seed)}`);
    }
    this.store.clear();
    this.versions.restoreBuiltIn();
    this.scheduler.invalidate();
    this.scheduler.salt = 0;
    this.auth.forgetNonces();
    if (seed === undefined || seed === null) return { ok: true, seeded: null };
    return { ok: true, seeded: this.seed(seed) };
  }

  /**
   * Adds the demo data of PRNG seed `seed`, anchored at the emulator clock's now: the demo instances with their
   * cron schedules, then their history, made by replaying the schedules up to now (the same code that keeps
   * them running afterwards).
   */
  seed(seed: number): SeedSummary {
    return this.inTransaction(() => buildSeed(this, seed, this.clock.now()));
  }

  /** Brings the store up to `now`: starts the runs cron schedules owe and ends the runs due. */
  advance(now: number): void {
    this.scheduler.catchUp(now);
  }

  /** Starts an instance's next generation at `at` (CreateFunctionTask); the caller checked none is running. */
  startRun(target: RunTarget, at: number, minDurationMs = 0): number {
    return startRun(this.store, target, at, this.scheduler.salt, minDurationMs);
  }

  /**
   * Validates and adds (or updates) instances, all or nothing; errors name the instance's index and field. An
   * instance with a cron schedule first fires at its next fire time after now.
   */
  loadInstances(instances: readonly LoadInstance[] | readonly unknown[]): { ok: true; added: number } {
    if (!Array.isArray(instances)) throw new ControlInputError('instances must be an array of instances');
    const now = this.clock.now();
    const seen = new Set<string>();
    const valid = instances.map((value, index): NewInstance => {
      try {
        const instance = validateLoadInstance(value, now);
        const id = JSON.stringify([instance.appGroupIdentity, instance.functionName, instance.instanceName]);
        if (seen.has(id))
          throw new Error('duplicate instance: the same three names appear earlier in this batch');
        seen.add(id);
        return instance;
      } catch (error) {
        throw new ControlInputError(`instances[${index}]: ${(error as Error).message}`);
      }
    });
    this.saveInstances(valid);
    return { ok: true, added: valid.length };
  }

  /**
   * Adds (or updates) validated instances in one transaction; a cron schedule first fires at its next fire time
   * after the clock's now (CreateFunctionInstance and loadInstances).
   */
  saveInstances(instances: readonly NewInstance[]): void {
    const now = this.clock.now();
    this.inTransaction(() => {
      for (const instance of instances)
        this.instances.save(instance, this.scheduler.nextFire(instance.cron, now));
    });
    this.scheduler.invalidate();
  }

  /** Changes an instance (UpdateFunctionInstance): its schedule restarts from its next fire time after now. */
  updateInstance(row: InstanceRow, change: InstanceChange): void {
    this.instances.update(row, change, this.scheduler.nextFire(change.cron, this.clock.now()));
    this.scheduler.invalidate();
  }

  /** Removes an instance and its runs (DeleteFunctionInstance); the caller checked none is running. */
  deleteInstance(row: InstanceRow): void {
    this.instances.remove(row);
    this.scheduler.invalidate();
  }

  /** Validates and adds (or replaces) resources, all or nothing; errors name the resource's index and field. */
  loadResources(resources: readonly LoadResource[] | readonly unknown[]): { ok: true; added: number } {
    if (!Array.isArray(resources)) throw new ControlInputError('resources must be an array of resources');
    const now = this.clock.now();
    const valid = resources.map((value, index) => {
      try {
        return validateLoadResource(value, now);
      } catch (error) {
        throw new ControlInputError(`resources[${index}]: ${(error as Error).message}`);
      }
    });
    this.inTransaction(() => {
      for (const resource of valid) this.resources.save(resource);
    });
    return { ok: true, added: valid.length };
  }

  /**
   * Validates and adds (or replaces) versions of the catalogue, all or nothing; a `current` one becomes the
   * current version of its (functionName, modelType, functionType).
   */
  loadVersions(versions: readonly LoadVersion[] | readonly unknown[]): { ok: true; added: number } {
    if (!Array.isArray(versions)) throw new ControlInputError('versions must be an array of versions');
    const valid = versions.map((value, index) => {
      try {
        return validateLoadVersion(value);
      } catch (error) {
        throw new ControlInputError(`versions[${index}]: ${(error as Error).message}`);
      }
    });
    this.versions.save(valid);
    return { ok: true, added: valid.length };
  }

  /** Sets (or with `instanceName: null` removes) a function's default instance. */
  setDefaultInstance(request: DefaultInstanceRequest): { ok: true; defaultInstance: DefaultInstanceRequest } {
    const body = request as unknown as Record<string, unknown>;
    if (typeof body !== 'object' || body === null) throw new ControlInputError('expected a JSON object');
    let key: { appGroupIdentity: string; functionName: string };
    try {
      key = {
        appGroupIdentity: checkPathName('appGroupIdentity', body.appGroupIdentity),
        functionName: checkPathName('functionName', body.functionName),
      };
    } catch (error) {
      throw new ControlInputError((error as Error).message);
    }
    const name = body.instanceName;
    if (name !== null && (typeof name !== 'string' || name === ''))
      throw new ControlInputError(
        `instanceName must be a non-empty string or null, got ${JSON.stringify(name)}`,
      );
    if (!this.instances.setDefault(key, name)) {
      throw new ControlInputError(
        `no instance ${JSON.stringify(name)} in ${key.appGroupIdentity}/${key.functionName}: load it first`,
      );
    }
    return { ok: true, defaultInstance: { ...key, instanceName: name } };
  }

  /** Validates and adds tasks, all or nothing; errors name the task's index and field. */
  loadTasks(tasks: readonly LoadTask[] | readonly unknown[]): { ok: true; added: number } {
    if (!Array.isArray(tasks)) throw new ControlInputError('tasks must be an array of tasks');
    const valid = tasks.map((task, index) => {
      try {
        return validateLoadTask(task, index);
      } catch (error) {
        throw new ControlInputError(`tasks[${index}]: ${(error as Error).message}`);
      }
    });
    try {
      return { ok: true, added: this.store.insertTasks(valid) };
    } catch (error) {
      if (error instanceof TaskInputError)
        throw new ControlInputError(`tasks[${error.index}]: ${error.message}`);
      throw error;
    }
  }

  /** Every instance with task and running counts (running tasks due by now are settled first). */
  listInstances(): { instances: InstanceSummary[] } {
    this.advance(this.clock.now());
    return { instances: this.store.listInstances() };
  }

  /** Sets the default casing. */
  setCasing(casing: WireCasing): { casing: WireCasing } {
    this.casing = checkCasing(casing);
    return { casing: this.casing };
  }

  /** Replaces the fault settings. */
  setFaults(settings: FaultSettings): { faults: FaultState } {
    try {
      return { faults: this.faults.set(parseFaultSettings(settings)) };
    } catch (error) {
      throw new ControlInputError((error as Error).message);
    }
  }

  /** Removes every fault. */
  clearFaults(): { faults: FaultState } {
    return { faults: this.faults.clear() };
  }

  /** Sets, speeds up or advances the clock; running tasks due by the new time end on the next read. */
  setClock(update: ClockUpdate): ClockState {
    const before = this.clock.now();
    const change = checkClockUpdate(update);
    if (change.advanceMs !== undefined && !isClockTime((change.now ?? before) + change.advanceMs))
      throw new ControlInputError(
        `advanceMs ${change.advanceMs} would take the clock outside ${CLOCK_RANGE}; the clock reads ${change.now ?? before}`,
      );
    const state = this.clock.update(change);
    // Set back, the schedules restart from the new now (else they would wait for the old future fire times).
    if (state.now < before) this.inTransaction(() => this.scheduler.restartFrom(state.now));
    return state;
  }

  /** The clock's reading and speed. */
  getClock(): ClockState {
    return this.clock.state();
  }

  /** Ends a running task now as success or failed. */
  finishTask(request: FinishTaskRequest): FinishResult {
    const body = request as unknown as Record<string, unknown>;
    if (typeof body !== 'object' || body === null) throw new ControlInputError('expected a JSON object');
    for (const field of ['appGroupIdentity', 'functionName', 'instanceName', 'runId']) {
      if (typeof body[field] !== 'string' || body[field] === '') {
        throw new ControlInputError(
          `${field} must be a non-empty string, got ${JSON.stringify(body[field])}`,
        );
      }
    }
    if (request.status !== 'success' && request.status !== 'failed') {
      throw new ControlInputError(
        `status must be "success" or "failed", got ${JSON.stringify(request.status)}`,
      );
    }
    const now = this.clock.now();
    this.advance(now);
    return this.store.finishTask(request, request.status, now);
  }

  /** Sets the auth mode and (when given) the key pairs. */
  setAuth(settings: AuthSettings): { mode: 'off' | 'verify'; accessKeyIds: string[] } {
    try {
      return this.auth.set(parseAuthSettings(settings));
    } catch (error) {
      throw new ControlInputError((error as Error).message);
    }
  }

  /** Runs `work` in one store transaction: everything it writes is committed together, or nothing is. */
  inTransaction<T>(work: () => T): T {
    return this.store.ctx.inTransaction(work);
  }

  /** Closes the store. */
  close(): void {
    this.store.close();
  }
}

/** Checks a casing name. */
export function checkCasing(value: unknown): WireCasing {
  if (value !== 'camel' && value !== 'pascal')
    throw new ControlInputError(`casing must be "camel" or "pascal", got ${JSON.stringify(value)}`);
  return value;
}

/** Checks a clock update (unknown fields are errors). */
export function checkClockUpdate(value: unknown): ClockUpdate {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ControlInputError('expected a JSON object');
  const input = value as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!['now', 'speed', 'advanceMs'].includes(key))
      throw new ControlInputError(`unknown field "${key}" (allowed: now, speed, advanceMs)`);
  }
  const out: ClockUpdate = {};
  if (input.now !== undefined) {
    if (!isClockTime(input.now))
      throw new ControlInputError(
        `now must be epoch milliseconds from ${CLOCK_RANGE}, got ${JSON.stringify(input.now)}`,
      );
    out.now = input.now;
  }
  if (input.speed !== undefined) {
    if (!isClockSpeed(input.speed))
      throw new ControlInputError(
        `speed must be a number from 0 to ${MAX_CLOCK_SPEED} (emulator ms per real ms), got ${JSON.stringify(input.speed)}`,
      );
    out.speed = input.speed;
  }
  if (input.advanceMs !== undefined) {
    if (typeof input.advanceMs !== 'number' || !Number.isSafeInteger(input.advanceMs)) {
      throw new ControlInputError(
        `advanceMs must be an integer of milliseconds, got ${JSON.stringify(input.advanceMs)}`,
      );
    }
    out.advanceMs = input.advanceMs;
  }
  return out;
}

/** Re-exported for the handle's types. */
export type { AccessKey };
