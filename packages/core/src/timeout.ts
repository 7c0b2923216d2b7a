/**
 * One scope per call that ends on the caller's abort or at the call's deadline, and cleans up after itself.
 * It makes no AbortController unless something asks for its `signal` (the fetch and undici engines, `sleep`):
 * the node:http engine registers a plain cancel hook instead. (An AbortController and its signal cost ~5 µs to
 * make in Node 20, and a timer per call more again; on a keep-alive loop that was a sixth of a call.)
 */
import { unwatchDeadline, watchDeadline } from './deadlines.js';
import { RequestAbortedError, RequestTimeoutError } from './errors.js';
import type { Cancellation } from './http/types.js';

/** Why a scope ended. */
export type ScopeEnd = RequestAbortedError | RequestTimeoutError;

/** A call's cancellation scope. */
export class CallScope implements Cancellation {
  /** When the call times out (`performance.now()` time), or +Infinity without a timeout. */
  readonly deadline: number = Number.POSITIVE_INFINITY;
  #ended: ScopeEnd | null = null;
  #hook: ((reason: Error) => void) | null = null;
  #controller: AbortController | null = null;
  #aborted: Promise<never> | null = null;
  #rejectAborted: ((error: ScopeEnd) => void) | null = null;
  #onCallerAbort: (() => void) | null = null;

  /** `timeoutMs` undefined or 0: no timeout. `onEnd` hears the reason the moment the scope ends. */
  constructor(
    private readonly callerSignal: AbortSignal | undefined,
    private readonly timeoutMs: number | undefined,
    private readonly onEnd?: (reason: ScopeEnd) => void,
  ) {
    if (callerSignal?.aborted) {
      this.end(new RequestAbortedError(callerSignal.reason));
      return;
    }
    if (callerSignal) {
      this.#onCallerAbort = () => this.end(new RequestAbortedError(callerSignal.reason));
      callerSignal.addEventListener('abort', this.#onCallerAbort, { once: true });
    }
    if (timeoutMs !== undefined && timeoutMs > 0 && Number.isFinite(timeoutMs)) {
      this.deadline = performance.now() + timeoutMs;
      watchDeadline(this);
    }
  }

  /** The typed error for why the scope ended, or `null` while it runs. */
  get ended(): ScopeEnd | null {
    return this.#ended;
  }

  onCancel(hook: (reason: Error) => void): void {
    this.#hook = hook;
  }

  offCancel(hook: (reason: Error) => void): void {
    if (this.#hook === hook) this.#hook = null;
  }

  get signal(): AbortSignal {
    if (!this.#controller) {
      this.#controller = new AbortController();
      if (this.#ended) this.#controller.abort(this.#ended);
    }
    return this.#controller.signal;
  }

  /** Rejects as soon as the scope ends; never resolves. Used to race work so that it never settles late. */
  get aborted(): Promise<never> {
    if (!this.#aborted) {
      const ended = this.#ended;
      this.#aborted = ended
        ? Promise.reject(ended)
        : new Promise<never>((_, reject) => {
            this.#rejectAborted = reject;
          });
      // Nobody may be listening when the scope ends after the work settled.
      this.#aborted.catch(() => {});
    }
    return this.#aborted;
  }

  /** The deadline passed (called by the shared deadline timer). */
  expire(): void {
    this.end(new RequestTimeoutError(this.timeoutMs as number));
  }

  /** Ends the scope with `reason` (the first end wins). */
  end(reason: ScopeEnd): void {
    if (this.#ended) return;
    this.#ended = reason;
    this.dispose();
    const hook = this.#hook;
    this.#hook = null;
    hook?.(reason);
    this.#controller?.abort(reason);
    this.#rejectAborted?.(reason);
    this.onEnd?.(reason);
  }

  /** Forgets the deadline and detaches from the caller's signal. Idempotent. */
  dispose(): void {
    if (this.deadline !== Number.POSITIVE_INFINITY) unwatchDeadline(this);
    if (this.#onCallerAbort) {
      this.callerSignal?.removeEventListener('abort', this.#onCallerAbort);
      this.#onCallerAbort = null;
    }
  }
}

/** Waits `ms`, or rejects with the scope's reason as soon as it ends; the timer never outlives the wait. */
export function sleepIn(scope: Cancellation, ms: number): Promise<void> {
  if (scope.ended) return Promise.reject(scope.ended);
  if (ms <= 0) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const cancel = (reason: Error) => {
      clearTimeout(timer);
      reject(reason);
    };
    const timer = setTimeout(() => {
      scope.offCancel(cancel);
      resolve();
    }, ms);
    scope.onCancel(cancel);
  });
}

/** Waits `ms`, or rejects with the signal's reason as soon as it fires; the timer never outlives the wait. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(signal.reason);
  if (ms <= 0) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Checks a timeout option: a positive finite number of milliseconds, or 0/undefined for none. */
export function isValidTimeout(value: unknown): value is number | undefined {
  return value === undefined || (typeof value === 'number' && Number.isFinite(value) && value >= 0);
}
