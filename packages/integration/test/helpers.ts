/** Helpers: the real emulator on 127.0.0.1 port 0 and the real core client pointed at it. Nothing is mocked. */
import {
  createFunctionTasksClient,
  type FunctionTasksClientOptions,
  type FunctionTasksEvent,
} from '@fntasks/core';
import { type EmulatorHandle, startEmulator } from '@fntasks/emulator';
import { afterEach } from 'vitest';

/** The instance every test lists. */
export const INSTANCE = { appGroupIdentity: 'it-app', functionName: 'ctr', instanceName: 'ctr_it' } as const;

/** A fixed instant: 2025-11-28T12:00:00Z. */
export const T0 = Date.UTC(2025, 10, 28, 12, 0, 0);

const open: EmulatorHandle[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((h) => h.close()));
});

/** Starts an emulator with a frozen clock at T0; closed after each test. */
export async function startTestEmulator(): Promise<EmulatorHandle> {
  const handle = await startEmulator({ clock: { now: T0, speed: 0 } });
  open.push(handle);
  return handle;
}

/** `count` ended tasks of INSTANCE, one second apart, the newest starting at `newest`, run ids `${prefix}-${i}`. */
export function seedTasks(count: number, newest: number = T0 - 60_000, prefix = 'run') {
  return Array.from({ length: count }, (_, i) => ({
    ...INSTANCE,
    runId: `${prefix}-${i}`,
    generation: String(count - i),
    status: 'success' as const,
    progress: 100,
    startTime: newest - i * 1000,
    endTime: newest - i * 1000 + 500,
    extendInfo: '{"recall":91}',
  }));
}

/** A client of the emulator that records its events. */
export function clientFor(
  emulator: EmulatorHandle,
  options: Omit<FunctionTasksClientOptions, 'endpoint'> = {},
) {
  const events: FunctionTasksEvent[] = [];
  const client = createFunctionTasksClient({
    endpoint: emulator.url,
    onEvent: (event) => events.push(event),
    ...options,
  });
  return { client, events, requests: () => events.filter((e) => e.type === 'request').length };
}

/** Counts the live timers of this process (for leak checks). */
export function activeTimers(): number {
  return process.getActiveResourcesInfo().filter((name) => name === 'Timeout').length;
}
