/**
 * Every call's deadline on one shared timer. A timer (and an AbortController) per call cost more than the rest of
 * the call scope together on a keep-alive loop; here a call with a timeout costs a Set insertion and deletion. The
 * timer is armed for the earliest deadline, re-armed only when an earlier one arrives, and unref'd while no call
 * is pending, so it never holds a process open by itself.
 */

/** Something with a deadline (`performance.now()` time) to end when it passes. */
export interface DeadlineEntry {
  readonly deadline: number;
  expire(): void;
}

const pending = new Set<DeadlineEntry>();
let timer: ReturnType<typeof setTimeout> | undefined;
let armedFor = Number.POSITIVE_INFINITY;

/** `ref`/`unref` exist on Node's timers only (a browser's timer id is a number). */
type Refable = { ref?: () => unknown; unref?: () => unknown };

/** Ends `entry` once its deadline passes, unless `unwatchDeadline` comes first. */
export function watchDeadline(entry: DeadlineEntry): void {
  pending.add(entry);
  if (entry.deadline < armedFor) arm(entry.deadline);
  else if (pending.size === 1) (timer as Refable | undefined)?.ref?.();
}

/** Forgets `entry` (its call settled). */
export function unwatchDeadline(entry: DeadlineEntry): void {
  if (!pending.delete(entry)) return;
  // Left armed for the next call (re-arming per call is what this module saves), but no longer keeping Node alive.
  if (pending.size === 0) (timer as Refable | undefined)?.unref?.();
}

/** The longest delay a timer takes (a longer one fires at once, with a warning): a later deadline is re-armed. */
const MAX_DELAY_MS = 2 ** 31 - 1;

function arm(at: number): void {
  if (timer !== undefined) clearTimeout(timer);
  armedFor = at;
  timer = setTimeout(sweep, Math.min(MAX_DELAY_MS, Math.max(0, Math.ceil(at - performance.now()))));
}

function sweep(): void {
  timer = undefined;
  armedFor = Number.POSITIVE_INFINITY;
  const now = performance.now();
  let next = Number.POSITIVE_INFINITY;
  const expired: DeadlineEntry[] = [];
  for (const entry of pending) {
    if (entry.deadline <= now) expired.push(entry);
    else if (entry.deadline < next) next = entry.deadline;
  }
  for (const entry of expired) pending.delete(entry);
  if (next !== Number.POSITIVE_INFINITY) arm(next);
  for (const entry of expired) entry.expire();
}
