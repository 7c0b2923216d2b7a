/**
 * The observability hook: one plain event per request, response, retry and final failure.
 * Events never carry headers, credentials or signatures: only the method, the URL (whose query holds
 * filters and paging, nothing secret), statuses, request ids, timings and error summaries.
 */

/** A short, secret-free description of an error, as events carry it. */
export interface EventErrorSummary {
  /** The error class name, e.g. `FunctionTasksApiError`, `NetworkError`. */
  readonly name: string;
  /** The API error code when there is one (`Throttling.User`, `InternalError`), else `null`. */
  readonly code: string | null;
  /** The HTTP status when a response arrived, else `null`. */
  readonly httpStatus: number | null;
  /** The error's message. */
  readonly message: string;
}

/** What the client reports through `onEvent`. */
export type FunctionTasksEvent =
  | {
      /** An attempt is about to be sent (after signing). */
      readonly type: 'request';
      /** 1 for the first attempt, 2 for the first retry, … */
      readonly attempt: number;
      readonly method: string;
      /** The full URL, including the query (filters and paging only). */
      readonly url: string;
    }
  | {
      /** An attempt got an answer (successful or not) and its body was read. */
      readonly type: 'response';
      readonly attempt: number;
      /** The HTTP status. */
      readonly status: number;
      /** The request id from the body or the `x-acs-request-id` header; `''` when none was sent. */
      readonly requestId: string;
      /** Wall time of the attempt (sign, send, read, parse), in milliseconds. */
      readonly latencyMs: number;
      /**
       * The service's clock when it answered: the `Date` header in epoch milliseconds (whole seconds), `null`
       * when absent or unreadable. Durations of running tasks compare their `startTime` with it, not the local clock.
       */
      readonly serverTime: number | null;
    }
  | {
      /** An attempt failed and another one will follow after `delayMs`. */
      readonly type: 'retry';
      /** The attempt that failed. */
      readonly attempt: number;
      /** How long the client waits before the next attempt. */
      readonly delayMs: number;
      /** Why: the attempt's error. */
      readonly error: EventErrorSummary;
    }
  | {
      /** The call failed for good (not retryable, out of attempts or time, aborted, timed out). */
      readonly type: 'error';
      /** Attempts made. */
      readonly attempts: number;
      readonly error: EventErrorSummary;
    };

/** Receives client events; exceptions it throws are swallowed so that logging can never break a call. */
export type FunctionTasksEventHandler = (event: FunctionTasksEvent) => void;

/** Summarises an error for an event without copying anything that could hold a secret. */
export function summarizeError(error: unknown): EventErrorSummary {
  if (error instanceof Error) {
    const record = error as unknown as Record<string, unknown>;
    const code = typeof record.code === 'string' && record.code !== '' ? record.code : null;
    const status =
      typeof record.httpCode === 'number'
        ? record.httpCode
        : typeof record.httpStatus === 'number'
          ? record.httpStatus
          : null;
    return { name: error.name, code, httpStatus: status, message: error.message };
  }
  return { name: typeof error, code: null, httpStatus: null, message: String(error) };
}

/** Calls the hook, if any, and ignores whatever it throws. */
export function emitEvent(handler: FunctionTasksEventHandler | undefined, event: FunctionTasksEvent): void {
  if (!handler) return;
  try {
    handler(event);
  } catch {
    // A broken logger must not change the outcome of a call.
  }
}
