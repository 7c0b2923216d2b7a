/** The handle `startEmulator` returns (its own module, so the provider states can name it without importing the entry). */
import type { WireCasing } from '@fntasks/protocol';
import type { AuthSettings } from './auth-verifier.js';
import type { ClockState, ClockUpdate } from './clock.js';
import type { DefaultInstanceRequest, FinishTaskRequest } from './emulator.js';
import type { FaultSettings, FaultState } from './faults.js';
import type { LoadInstance } from './instances/instance-input.js';
import type { LoadResource } from './resources/resource-input.js';
import type { SeedSummary } from './seed.js';
import type { FinishResult, InstanceSummary } from './store/types.js';
import type { LoadTask } from './task-input.js';
import type { LoadVersion } from './versions/version-input.js';

/** A running emulator: its URL and the control API's operations as methods. */
export interface EmulatorHandle {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** The bound port. */
  readonly port: number;
  /** What the seed created, when `seed` was given. */
  readonly seeded: SeedSummary | null;
  /** Stops listening, closes connections and the database. */
  close(): Promise<void>;
  /** Clears the store; with a seed, writes the demo data. */
  reset(seed?: number | null): { ok: true; seeded: SeedSummary | null };
  /** Adds tasks, all or nothing. */
  loadTasks(tasks: LoadTask[]): { ok: true; added: number };
  /** Every instance with its counts. */
  listInstances(): { instances: InstanceSummary[] };
  /** Adds instances (or updates those that exist), all or nothing; a cron schedule starts at its next fire time. */
  loadInstances(instances: LoadInstance[]): { ok: true; added: number };
  /** Sets (or with `instanceName: null` removes) a function's default instance. */
  setDefaultInstance(request: DefaultInstanceRequest): { ok: true; defaultInstance: DefaultInstanceRequest };
  /** Adds resources (or replaces those of the same names), all or nothing. */
  loadResources(resources: LoadResource[]): { ok: true; added: number };
  /** Adds versions to the catalogue (or replaces those of the same id), all or nothing; `current` takes over. */
  loadVersions(versions: LoadVersion[]): { ok: true; added: number };
  /** Sets the default casing. */
  setCasing(casing: WireCasing): { casing: WireCasing };
  /** Replaces the fault settings. */
  setFaults(faults: FaultSettings): { faults: FaultState };
  /** Removes every fault. */
  clearFaults(): { faults: FaultState };
  /** Sets, speeds up or advances the clock. */
  setClock(update: ClockUpdate): ClockState;
  /** The clock's reading and speed. */
  getClock(): ClockState;
  /** Ends a running task now. */
  finishTask(request: FinishTaskRequest): FinishResult;
  /** Sets the auth mode and keys. */
  setAuth(settings: AuthSettings): { mode: 'off' | 'verify'; accessKeyIds: string[] };
}
