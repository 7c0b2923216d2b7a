/** One signal per call that fires on the caller's abort or on the call's timeout, and cleans up after itself. */
import { RequestAbortedError, RequestTimeoutError } from './errors.js';

/** A call's cancellation scope. */
export interface CallScope {
  /** Fires when the caller aborts or the timeout runs out. */
  readonly signal: AbortSignal;
  /** The typed error for why the scope ended (`RequestAbortedError` or `RequestTimeoutError`), if it did. */
  reason(): RequestAbortedError | RequestTimeoutError | null;
  /** Rejects as soon as the scope ends; never resolves. Used to race a call so it never settles late. */
  readonly aborted: Promise<never>;
  /** Clears the timer and detaches from the caller's signal. Idempotent. */
  dispose(): void;
}

/** Opens a scope for one call. `timeoutMs` undefined or 0 means no timeout. */
export function openCallScope(
  callerSignal: AbortSignal | undefined,
  timeoutMs: number | undefined,
): CallScope {
  const controller = new AbortController();
  let why: RequestAbortedError | RequestTimeoutError | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let rejectAborted: (error: Error) => void = () => {};
  const aborted = new Promise<never>((_, reject) => {
    rejectAborted = reject;
  });
  // Nobody may be listening when the scope ends after the call settled.
  aborted.catch(() => {});

  const end = (error: RequestAbortedError | RequestTimeoutError) => {
    if (why) return;
    why = error;
    dispose();
    controller.abort(error);
    rejectAborted(error);
  };
  const onCallerAbort = () => end(new RequestAbortedError(callerSignal?.reason));

  function dispose() {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    callerSignal?.removeEventListener('abort', onCallerAbort);
  }

  if (callerSignal?.aborted) {
    end(new RequestAbortedError(callerSignal.reason));
  } else {
    callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
    if (timeoutMs !== undefined && timeoutMs > 0 && Number.isFinite(timeoutMs)) {
      timer = setTimeout(() => end(new RequestTimeoutError(timeoutMs)), timeoutMs);
    }
  }
  return { signal: controller.signal, reason: () => why, aborted, dispose };
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
