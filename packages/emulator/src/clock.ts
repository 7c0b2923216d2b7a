/**
 * The emulator's clock: real time by default, sped up, slowed, frozen (speed 0) or set to any instant from the
 * epoch to the end of year 9999. Bounded so the scheduler can always serve it: a reading past the end stays at
 * the end (the schedules then have no next run), and no speed can overflow a date within a run of the emulator.
 */
import { MAX_CRON_TIME } from '@fntasks/protocol';

/** The latest instant the clock reads (9999-12-31T23:59:59.999Z). */
export const MAX_CLOCK_MS = MAX_CRON_TIME;
/** The fastest speed: a real second is 11.6 emulator days. */
export const MAX_CLOCK_SPEED = 1_000_000;
/** The allowed range of `now`, for error messages. */
export const CLOCK_RANGE = `0 to ${MAX_CLOCK_MS} (1970-01-01 to 9999-12-31T23:59:59.999Z)`;
/** True when `t` is an instant the clock can be set to. */
export function isClockTime(t: unknown): t is number {
  return typeof t === 'number' && Number.isSafeInteger(t) && t >= 0 && t <= MAX_CLOCK_MS;
}
/** True when `speed` is a speed the clock can run at. */
export function isClockSpeed(speed: unknown): speed is number {
  return typeof speed === 'number' && Number.isFinite(speed) && speed >= 0 && speed <= MAX_CLOCK_SPEED;
}

/** What the clock reads and how fast it runs. */
export interface ClockState {
  /** The emulator's current time, epoch milliseconds. */
  now: number;
  /** Emulator milliseconds per real millisecond (1 = real time, 0 = frozen). */
  speed: number;
}

/** A change to the clock; applied in the order now, speed, advanceMs. */
export interface ClockUpdate {
  /** Jump to this instant (epoch milliseconds). */
  now?: number;
  /** New speed factor (>= 0). */
  speed?: number;
  /** Move forward (or back, when negative) by this many emulator milliseconds. */
  advanceMs?: number;
}

/** A settable clock; every emulator module reads time only through it, so tests can control time. */
export class EmulatorClock {
  // The clock is a line through (anchorReal, anchorEmulated) with slope `speed`; re-anchored on every change
  // so a speed change never makes time jump.
  private anchorReal: number;
  private anchorEmulated: number;
  private speedFactor: number;

  constructor(
    initial: ClockUpdate = {},
    private readonly realNow: () => number = Date.now,
  ) {
    this.anchorReal = realNow();
    this.anchorEmulated = this.anchorReal;
    this.speedFactor = 1;
    this.update(initial);
  }

  /** The emulator's current time in epoch milliseconds (an integer, at most MAX_CLOCK_MS). */
  now(): number {
    const t = Math.floor(this.anchorEmulated + (this.realNow() - this.anchorReal) * this.speedFactor);
    return Math.min(Math.max(t, 0), MAX_CLOCK_MS);
  }

  /** The current reading and speed. */
  state(): ClockState {
    return { now: this.now(), speed: this.speedFactor };
  }

  /** Applies a change and returns the new state. */
  update(change: ClockUpdate): ClockState {
    const real = this.realNow();
    this.anchorEmulated = change.now ?? this.now();
    this.anchorReal = real;
    if (change.speed !== undefined) this.speedFactor = change.speed;
    if (change.advanceMs !== undefined) this.anchorEmulated += change.advanceMs;
    return this.state();
  }
}
