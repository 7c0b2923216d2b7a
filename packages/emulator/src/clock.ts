/** The emulator's clock: real time by default, sped up, slowed, frozen (speed 0) or set to any instant. */

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

  /** The emulator's current time in epoch milliseconds (an integer). */
  now(): number {
    return Math.floor(this.anchorEmulated + (this.realNow() - this.anchorReal) * this.speedFactor);
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
