/**
 * The service's clock as its answers tell it (core's `response` events carry the `Date` header): a running task's
 * `startTime` is the service's time, so its running time is measured on that clock, never the local one, which
 * may be minutes off (or, against an emulator whose clock is set or sped up, hours).
 */
import type { FunctionTasksClient, FunctionTasksEvent } from '@fntasks/core';

/** Watches the answers' time; `now()` is the service's time, extrapolated by the local clock since the newest. */
export interface ServiceClock {
  /** Give it every client event (the connection does). */
  observe(event: FunctionTasksEvent): void;
  /** The service's time now, or the local time until an answer carried one. */
  now(): number;
}

/** A service clock over `localNow`. */
export function createServiceClock(localNow: () => number): ServiceClock {
  let offset = 0;
  return {
    observe(event) {
      // The Date header has whole seconds: the service's time is somewhere in the next 1000 ms (as core assumes).
      if (event.type === 'response' && event.serverTime !== null)
        offset = event.serverTime + 500 - localNow();
    },
    now: () => localNow() + offset,
  };
}

const clocks = new WeakMap<FunctionTasksClient, ServiceClock>();

/** Records the clock that observes `client`'s events (connection.ts). */
export function attachServiceClock(client: FunctionTasksClient, clock: ServiceClock): void {
  clocks.set(client, clock);
}

/** The service's time for `client`'s answers; the local time for a client without a clock (one a test injected). */
export function serviceNow(client: FunctionTasksClient, localNow: () => number): number {
  return clocks.get(client)?.now() ?? localNow();
}
