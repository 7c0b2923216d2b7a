/**
 * The provider states of the `fntasks-core` pact, keyed by the exact `given` text of the consumer tests
 * (`packages/core/test/pact/contract.ts`). Each handler puts the emulator into a known state from scratch:
 * clear the store, default casing (camel), no faults, auth off, real-time clock; then seeds what the state
 * names. A test checks that every state in the pact has a handler here.
 */

/** A task as the emulator's control API loads it (camelCase wire names). */
export interface SeedTask {
  appGroupIdentity: string;
  functionName: string;
  instanceName: string;
  runId: string;
  generation?: string;
  status: 'success' | 'failed' | 'running';
  progress?: number;
  startTime: number;
  endTime?: number;
  extendInfo?: string;
}

/** The parts of the emulator's in-process handle the states use (structurally `EmulatorHandle`). */
export interface ProviderControl {
  reset(seed?: number | null): unknown;
  loadTasks(tasks: SeedTask[]): unknown;
  setCasing(casing: 'camel' | 'pascal'): unknown;
  setFaults(faults: { next?: { kind: 'throttle'; count: number }[] }): unknown;
  clearFaults(): unknown;
  setClock(clock: { now?: number; speed?: number }): unknown;
  setAuth(auth: {
    mode: 'off' | 'verify';
    keys?: { accessKeyId: string; accessKeySecret: string }[];
  }): unknown;
}

const INSTANCE = { appGroupIdentity: 'my-app', functionName: 'ctr', instanceName: 'ctr_test' } as const;

/** The API page's sample task. */
export const SAMPLE_TASK: SeedTask = {
  ...INSTANCE,
  runId: 'trigger__2021-03-05T12:18:41',
  generation: '3',
  status: 'success',
  progress: 100,
  startTime: 100010,
  endTime: 200020,
  extendInfo: '{"recall":91,"errors":[]}',
};

/** A task still running (no planned end, so it stays running whatever the clock does). */
export const RUNNING_TASK: SeedTask = {
  ...INSTANCE,
  runId: 'trigger__2025-11-28T12:00:00',
  generation: '412',
  status: 'running',
  progress: 42,
  startTime: Date.parse('2025-11-28T12:00:00Z'),
  endTime: 0,
  extendInfo: '{}',
};

/** 12 successful and 3 failed tasks, one per half hour from 2025-11-28T01:00Z, each 20 minutes long. */
export function manyTasks(): SeedTask[] {
  const first = Date.parse('2025-11-28T01:00:00Z');
  return Array.from({ length: 15 }, (_, i) => {
    const startTime = first + i * 30 * 60_000;
    const failed = i % 5 === 4;
    return {
      ...INSTANCE,
      runId: `trigger__${new Date(startTime).toISOString().slice(0, 19)}`,
      generation: String(400 + i),
      status: failed ? 'failed' : 'success',
      progress: failed ? 60 : 100,
      startTime,
      endTime: startTime + 20 * 60_000,
      extendInfo: failed ? '{"errors":["training diverged"]}' : `{"recall":${80 + i},"errors":[]}`,
    } satisfies SeedTask;
  });
}

/** The access key of the signature state; the emulator knows a secret the consumer never had. */
export const CONTRACT_ACCESS_KEY = {
  accessKeyId: 'LTAI5tContractTestKey0001',
  accessKeySecret: 'provider-side-secret',
};
/** The instant the consumer's signed request was made (its `x-acs-date`). */
export const SIGNED_AT = Date.parse('2025-11-28T12:00:00Z');

/** The state texts, exactly as the consumer gives them. */
export const STATES = {
  camelPage: 'instance my-app/ctr/ctr_test has the documented sample task and answers in camelCase',
  pascalPage: 'instance my-app/ctr/ctr_test has the documented sample task and answers in PascalCase',
  runningTask: 'instance my-app/ctr/ctr_test has one task still running at 42% progress',
  finishedOnly: 'instance my-app/ctr/ctr_test has only finished tasks',
  manyTasks: 'instance my-app/ctr/ctr_test has 12 successful and 3 failed tasks started on 2025-11-28',
  appMissing: 'app group no-such-app does not exist',
  signatureChecked:
    'signatures are verified, access key LTAI5tContractTestKey0001 has a secret the caller does not know, and the clock reads 2025-11-28T12:00:00Z',
  throttled: 'the next request is throttled with Throttling.User',
} as const;

/** A state handler as pact-js calls it. */
export type StateHandler = () => Promise<void>;

/** Puts the emulator back to its defaults with an empty store. */
async function clean(emulator: ProviderControl): Promise<void> {
  await emulator.reset();
  await emulator.setCasing('camel');
  await emulator.clearFaults();
  await emulator.setAuth({ mode: 'off' });
  await emulator.setClock({ now: Date.now(), speed: 1 });
}

/**
 * The handlers for one emulator. A handler that throws is recorded in `failures` as well as rethrown:
 * pact-js only logs a failing state handler and goes on verifying, so the test asserts `failures` is empty.
 */
export function createStateHandlers(emulator: ProviderControl): {
  handlers: Record<string, StateHandler>;
  failures: { state: string; error: unknown }[];
} {
  const failures: { state: string; error: unknown }[] = [];
  const setups: Record<string, () => Promise<void>> = {
    [STATES.camelPage]: async () => {
      await emulator.loadTasks([SAMPLE_TASK]);
    },
    [STATES.pascalPage]: async () => {
      await emulator.loadTasks([SAMPLE_TASK]);
      await emulator.setCasing('pascal');
    },
    [STATES.runningTask]: async () => {
      await emulator.loadTasks([RUNNING_TASK]);
    },
    [STATES.finishedOnly]: async () => {
      await emulator.loadTasks([SAMPLE_TASK]);
    },
    [STATES.manyTasks]: async () => {
      await emulator.loadTasks(manyTasks());
    },
    [STATES.appMissing]: async () => {
      // Other application groups exist; this one does not.
      await emulator.loadTasks([SAMPLE_TASK]);
    },
    [STATES.signatureChecked]: async () => {
      await emulator.loadTasks([SAMPLE_TASK]);
      await emulator.setAuth({ mode: 'verify', keys: [CONTRACT_ACCESS_KEY] });
      // The replayed request carries the consumer run's x-acs-date; put the clock there so it is not stale.
      await emulator.setClock({ now: SIGNED_AT, speed: 1 });
    },
    [STATES.throttled]: async () => {
      await emulator.loadTasks([SAMPLE_TASK]);
      await emulator.setFaults({ next: [{ kind: 'throttle', count: 1 }] });
    },
  };
  const handlers: Record<string, StateHandler> = {};
  for (const [state, setup] of Object.entries(setups)) {
    handlers[state] = async () => {
      try {
        await clean(emulator);
        await setup();
      } catch (error) {
        failures.push({ state, error });
        throw error;
      }
    };
  }
  return { handlers, failures };
}
