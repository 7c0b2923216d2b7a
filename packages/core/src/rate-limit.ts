/**
 * A client-wide rate limit (`rateLimit: { qps, burst }`): every attempt of every call of one client — paginators
 * and concurrent helpers included — draws from one budget, so a client stays under the API gateway's per-account
 * cap instead of each call finding it on its own. Pacing is a token bucket written as GCRA (one "next free slot"
 * time, no timer per token). On a throttling answer the whole client slows down: the rate halves (at most once a
 * second, so one burst of refusals is one decrease), nobody starts before the server's retry-after, and the rate
 * then grows back by a tenth of `qps` per second without refusals (additive increase, multiplicative decrease).
 */
import { InvalidArgumentError } from './errors.js';
import type { Cancellation } from './http/types.js';
import { sleepIn } from './timeout.js';

/** The `rateLimit` option of a client. */
export interface RateLimitOptions {
  /** Calls per second the client may start (the gateway's cap for the account, or a little under it). */
  qps: number;
  /** Calls that may start at once after a quiet spell (default: `qps`, rounded up, at least 1). */
  burst?: number;
}

// Never slower than this share of the configured rate, so a client always makes progress.
const FLOOR_SHARE = 0.05;
// The rate grows back by this share of `qps` per second without a refusal.
const RECOVERY_SHARE_PER_SECOND = 0.1;
// Refusals closer together than this are one overload event: one decrease.
const DECREASE_SPACING_MS = 1_000;

/** Validates the `rateLimit` option (`undefined`: none) before any request. */
export function resolveRateLimit(option: RateLimitOptions | undefined): Required<RateLimitOptions> | null {
  if (option === undefined) return null;
  if (option === null || typeof option !== 'object') {
    throw new InvalidArgumentError('rateLimit', option, 'Expected an object { qps, burst? }.');
  }
  const { qps, burst } = option;
  if (typeof qps !== 'number' || !Number.isFinite(qps) || qps <= 0 || qps > 100_000) {
    throw new InvalidArgumentError(
      'rateLimit.qps',
      qps,
      'Expected calls per second, above 0 and at most 100000.',
    );
  }
  const resolvedBurst = burst ?? Math.max(1, Math.ceil(qps));
  if (typeof resolvedBurst !== 'number' || !Number.isInteger(resolvedBurst) || resolvedBurst < 1) {
    throw new InvalidArgumentError('rateLimit.burst', burst, 'Expected a whole number of calls, at least 1.');
  }
  return { qps, burst: resolvedBurst };
}

/** One client's shared pacing. */
export class RateLimiter {
  readonly qps: number;
  readonly burst: number;
  #rate: number;
  // GCRA's theoretical arrival time: the slot the next call would take if no burst were allowed.
  #nextSlot = Number.NEGATIVE_INFINITY;
  #pausedUntil = 0;
  #lastGrowth: number;
  #lastDecrease = Number.NEGATIVE_INFINITY;
  // Bumped by every decrease: a call that slept on an older plan takes a new slot.
  #epoch = 0;

  constructor(
    options: Required<RateLimitOptions>,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.qps = options.qps;
    this.burst = options.burst;
    this.#rate = options.qps;
    this.#lastGrowth = now();
  }

  /** The rate the client paces at now (calls per second). */
  get currentQps(): number {
    return this.#rate;
  }

  /** Resolves when the caller may send; `undefined` (no promise) when it may send at once. */
  acquire(scope: Cancellation): Promise<void> | undefined {
    const wait = this.reserve();
    if (wait <= 0) return undefined;
    const epoch = this.#epoch;
    return sleepIn(scope, wait).then(() => (epoch === this.#epoch ? undefined : this.acquire(scope)));
  }

  /** A throttling answer arrived: slow the whole client down, and start nobody before `retryAfterMs`. */
  throttled(retryAfterMs: number | null): void {
    const now = this.now();
    const interval = 1000 / this.#rate;
    this.#pausedUntil = Math.max(this.#pausedUntil, now + (retryAfterMs ?? interval));
    if (now - this.#lastDecrease >= DECREASE_SPACING_MS) {
      this.#lastDecrease = now;
      this.#rate = Math.max(this.qps * FLOOR_SHARE, this.#rate / 2);
    }
    this.#lastGrowth = now;
    // An empty bucket at the end of the pause: no burst straight after a refusal.
    this.#nextSlot = this.#pausedUntil + (this.burst - 1) * (1000 / this.#rate);
    this.#epoch++;
  }

  /** Takes the next slot and returns the ms until it (0: now). */
  reserve(): number {
    const now = this.now();
    if (this.#rate < this.qps) {
      const grown = ((now - this.#lastGrowth) / 1000) * this.qps * RECOVERY_SHARE_PER_SECOND;
      this.#rate = Math.min(this.qps, this.#rate + grown);
    }
    this.#lastGrowth = now;
    const interval = 1000 / this.#rate;
    const tolerance = (this.burst - 1) * interval;
    // GCRA: a call may start once the next slot is within the burst's tolerance of now (and no pause holds it).
    const startAt = Math.max(now, this.#nextSlot - tolerance, this.#pausedUntil);
    this.#nextSlot = Math.max(this.#nextSlot, now) + interval;
    return startAt - now;
  }
}
