/**
 * Retry policy: what is retried, how long to wait. The loop itself lives in pipeline/attempt-loop.ts, where every
 * attempt is signed afresh (new date, new nonce), because openapi-fetch cannot re-run its middleware.
 */
import {
  FunctionTasksApiError,
  InvalidArgumentError,
  MalformedResponseError,
  NetworkError,
} from './errors.js';

/** Retry settings of a client (`retry` option); `false` turns retries off. */
export interface RetryOptions {
  /** Attempts in total, the first included (default 4). */
  maxAttempts?: number;
  /** No new attempt starts, and no wait begins, that would end later than this many ms after the call began (default 20 000). */
  maxElapsedMs?: number;
  /** The first backoff ceiling; it doubles per attempt (default 200). */
  baseDelayMs?: number;
  /** The largest backoff ceiling (default 5 000). */
  maxDelayMs?: number;
}

/** Retry settings with every default filled in. */
export interface ResolvedRetryOptions {
  readonly maxAttempts: number;
  readonly maxElapsedMs: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

/** The defaults: 4 attempts within 20 s, backoff ceilings 200 ms, 400 ms, 800 ms … up to 5 s. */
export const DEFAULT_RETRY: ResolvedRetryOptions = Object.freeze({
  maxAttempts: 4,
  maxElapsedMs: 20_000,
  baseDelayMs: 200,
  maxDelayMs: 5_000,
});

/** The longest server-requested wait that is honoured (the official SDK caps `x-acs-retry-after` the same way). */
export const MAX_RETRY_AFTER_MS = 120_000;

/** Validates the `retry` option; `false` means a single attempt. */
export function resolveRetryOptions(retry: RetryOptions | false | undefined): ResolvedRetryOptions {
  if (retry === false) return { ...DEFAULT_RETRY, maxAttempts: 1 };
  if (retry === undefined) return DEFAULT_RETRY;
  if (retry === null || typeof retry !== 'object') {
    throw new InvalidArgumentError(
      'retry',
      retry,
      'Expected false or an object { maxAttempts, maxElapsedMs, baseDelayMs, maxDelayMs }.',
    );
  }
  const check = (name: keyof RetryOptions, min: number): number => {
    const value = retry[name];
    if (value === undefined) return DEFAULT_RETRY[name];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || !Number.isInteger(value)) {
      throw new InvalidArgumentError(`retry.${name}`, value, `Expected an integer of at least ${min}.`);
    }
    return value;
  };
  return {
    maxAttempts: check('maxAttempts', 1),
    maxElapsedMs: check('maxElapsedMs', 0),
    baseDelayMs: check('baseDelayMs', 0),
    maxDelayMs: check('maxDelayMs', 0),
  };
}

/** Full jitter: a uniform wait between 0 and min(maxDelay, base · 2^(attempt−1)). */
export function backoffDelay(
  attempt: number,
  options: ResolvedRetryOptions,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}

/**
 * The wait a response asks for: `x-acs-retry-after` (milliseconds, as the official SDK reads it) or
 * `Retry-After` (seconds or an HTTP date), capped at 120 s; `null` when neither is usable.
 */
export function retryAfterMs(
  headers: { get(name: string): string | null } | undefined,
  now: number = Date.now(),
): number | null {
  if (!headers) return null;
  const acs = headers.get('x-acs-retry-after');
  if (acs !== null && /^\s*\d+(\.\d+)?\s*$/.test(acs))
    return Math.min(MAX_RETRY_AFTER_MS, Math.ceil(Number(acs)));
  const standard = headers.get('retry-after');
  if (standard !== null) {
    if (/^\s*\d+\s*$/.test(standard)) return Math.min(MAX_RETRY_AFTER_MS, Number(standard) * 1000);
    const date = Date.parse(standard);
    if (!Number.isNaN(date)) return Math.min(MAX_RETRY_AFTER_MS, Math.max(0, date - now));
  }
  return null;
}

/** True for the throttling codes of the gateway (`Throttling`, `Throttling.User`, `Throttling.Api`, …). */
export function isThrottlingCode(code: string): boolean {
  return code === 'Throttling' || code.startsWith('Throttling.') || code === 'ThrottlingException';
}

/** True for a gateway refusal of load: a throttling code or HTTP 429 (the request was not carried out). */
export function isThrottling(error: unknown): boolean {
  return error instanceof FunctionTasksApiError && (error.httpCode === 429 || isThrottlingCode(error.code));
}

/** Codes of a refused signature time or nonce: the gateway turned the request away before the API saw it. */
const SIGNATURE_REFUSALS = new Set(['InvalidTimeStamp.Expired', 'SignatureNonceUsed']);

/**
 * Whether an attempt's error is worth another attempt of an operation that is safe to repeat: network errors,
 * 5xx, `InternalError`, `Throttling*`, HTTP 429, `SignatureNonceUsed` (every attempt signs with a new nonce), a
 * non-JSON 5xx page (a gateway's HTML 502) and a body cut short. Never other 4xx: InvalidParameter,
 * SignatureDoesNotMatch and friends fail the same way every time. The real HTTP status decides, never the body's
 * `httpCode` claim.
 */
export function isRetryableError(error: unknown): boolean {
  if (error instanceof NetworkError) return true;
  if (error instanceof FunctionTasksApiError) {
    return (
      error.httpCode >= 500 ||
      error.httpCode === 429 ||
      error.code === 'InternalError' ||
      error.code === 'SignatureNonceUsed' ||
      isThrottlingCode(error.code)
    );
  }
  if (error instanceof MalformedResponseError) return error.httpStatus >= 500 || error.cutShort;
  return false;
}

/**
 * True when the request provably was not processed: no byte of it was written (a refused connection), or the
 * gateway refused it with a throttling code, HTTP 429 or a refused signature time or nonce.
 */
export function provablyNotProcessed(error: unknown): boolean {
  if (error instanceof NetworkError) return !error.requestWritten;
  if (error instanceof FunctionTasksApiError) {
    return isThrottling(error) || SIGNATURE_REFUSALS.has(error.code);
  }
  return false;
}

/** What follows a failed attempt: another attempt, this error as the final one, or an unknown outcome. */
export type FailureVerdict = 'retry' | 'final' | 'unknown-outcome';

/**
 * The retry rule, read from the operation's `safeToRepeat` (the spec's `x-fntasks-safe-to-repeat`). An operation
 * safe to repeat is retried after any transient failure. One that is not (CreateFunctionTask) is retried only
 * when the request provably was not processed; any other failure without a clear answer (5xx, `InternalError`,
 * an HTML or malformed page, a dropped connection, a body cut short) is an unknown outcome, and a clear refusal
 * (other 4xx, a redirect) is final.
 */
export function judgeFailure(error: unknown, safeToRepeat: boolean): FailureVerdict {
  if (safeToRepeat) return isRetryableError(error) ? 'retry' : 'final';
  if (provablyNotProcessed(error)) return 'retry';
  if (error instanceof MalformedResponseError || isRetryableError(error)) return 'unknown-outcome';
  return 'final';
}
