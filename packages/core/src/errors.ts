/**
 * Every error the client throws; each says what was wrong, with the offending value. Text that came from the wire
 * (messages, body snippets) is passed through `redactSecrets` on construction, and again by the transport with the
 * exact values it signed with, so no credential reaches a caller through an error.
 */
import { OPERATION_ID } from '@fntasks/protocol';
import { previewJson } from './json-bounds.js';
import { type KnownSecrets, redactSecrets } from './redact.js';

/** Base class of every fntasks error. */
export class FunctionTasksError extends Error {
  override name = 'FunctionTasksError';
}

/** An argument was rejected before any request was sent. */
export class InvalidArgumentError extends FunctionTasksError {
  override name = 'InvalidArgumentError';
  /** The argument's name, e.g. `pageSize`. */
  readonly argument: string;
  /** The value that was rejected. */
  readonly value: unknown;
  constructor(argument: string, value: unknown, allowed: string) {
    super(`Invalid ${argument}: ${describeValue(value)}. ${allowed}`);
    this.argument = argument;
    this.value = value;
  }
}

/** The service answered with an error body (`{requestId, httpCode, code, message}` in either casing). */
export class FunctionTasksApiError extends FunctionTasksError {
  override name = 'FunctionTasksApiError';
  /** The HTTP status of the response (the real one: it decides, never the body's `httpCode`). */
  readonly httpCode: number;
  /** The `httpCode`/`HttpCode` the body claims, `null` when it has none; shown in the message when it differs. */
  readonly bodyHttpCode: number | null;
  /** The API error code, e.g. `App.NotFound`, `InvalidParameter`, `Throttling.User`. */
  readonly code: string;
  /** The request id, for support tickets ('' when the service sent none). */
  readonly requestId: string;
  /** The service's own message. */
  readonly apiMessage: string;
  /** How many attempts were made before giving up (1 when not retried). */
  attempts = 1;
  constructor(init: {
    httpCode: number;
    code: string;
    message: string;
    requestId: string;
    bodyHttpCode?: number | null;
  }) {
    const message = redactSecrets(init.message);
    const bodyHttpCode = init.bodyHttpCode ?? null;
    const claim =
      bodyHttpCode !== null && bodyHttpCode !== init.httpCode
        ? `, the body claims httpCode ${bodyHttpCode}`
        : '';
    super(
      `${init.code || `HTTP ${init.httpCode}`}: ${message || '(no message)'} (HTTP ${init.httpCode}${claim}, requestId ${init.requestId || 'none'})`,
    );
    this.httpCode = init.httpCode;
    this.bodyHttpCode = bodyHttpCode;
    this.code = init.code;
    this.apiMessage = message;
    this.requestId = init.requestId;
  }
}

/** The body was not JSON, was cut short, or was JSON of an unexpected shape. */
export class MalformedResponseError extends FunctionTasksError {
  override name = 'MalformedResponseError';
  /** The HTTP status of the response. */
  readonly httpStatus: number;
  /** The first bytes of the body (at most 200 characters), credentials removed. */
  readonly bodySnippet: string;
  /** How many attempts were made before giving up (1 when not retried). */
  attempts = 1;
  /** True when the connection ended before the whole body arrived (a transport failure, so retried). */
  readonly cutShort: boolean;
  constructor(httpStatus: number, body: string, problem: string, cutShort = false) {
    // Redacted before it is cut, so that no credential is cut in half and half-kept. (A token is < 4 KiB.)
    const redacted = redactSecrets(body.slice(0, 4296));
    const snippet = redacted.length > 200 ? `${redacted.slice(0, 200)}…` : redacted;
    super(
      `Malformed response (HTTP ${httpStatus}): ${problem}. Body starts with: ${JSON.stringify(snippet)}`,
    );
    this.httpStatus = httpStatus;
    this.bodySnippet = snippet;
    this.cutShort = cutShort;
  }
}

/** The request never got an HTTP answer: DNS, refused or dropped connection, TLS. */
export class NetworkError extends FunctionTasksError {
  override name = 'NetworkError';
  /** The URL's origin (never its query, which could carry nothing secret today but may tomorrow). */
  readonly origin: string;
  /**
   * `false` only when the engine proved that no byte of the request was written (the connection was refused, the
   * name did not resolve): the server cannot have seen it. `true` otherwise, including when the engine cannot tell.
   */
  readonly requestWritten: boolean;
  /** How many attempts were made before giving up (1 when not retried). */
  attempts = 1;
  constructor(origin: string, cause: unknown, requestWritten = true) {
    super(`Network error talking to ${origin}: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.origin = origin;
    this.requestWritten = requestWritten;
  }
}

/** What `startFunctionTask` saw while it looked for the run of a create whose outcome is unknown. */
export interface OutcomeCheck {
  /** The highest generation listed before the create (`null`: the instance had no run). */
  readonly generationBefore: string | null;
  /** The highest generation listed while looking (`null`: none listed). */
  readonly newestGenerationSeen: string | null;
  /** How long it looked, in milliseconds. */
  readonly checkedForMs: number;
}

/** Per write that is not safe to repeat: what it may have done, and how to check (in the message of an unknown outcome). */
const OUTCOME_ADVICE: Readonly<Record<string, { effect: string; check: string }>> = {
  [OPERATION_ID.CreateFunctionTask]: {
    effect: ' (a run may have started)',
    check: ": list the instance's newest runs (listFunctionTasks, or `fntasks list APP FN INSTANCE`)",
  },
  [OPERATION_ID.CreateFunctionInstance]: {
    effect: ' (the instance may exist now)',
    check: ': look the instance up (getFunctionInstance, or `fntasks instance show APP FN INSTANCE`)',
  },
  [OPERATION_ID.CreateFunctionResource]: {
    effect: ' (the resource may exist now)',
    check: ': look the resource up (getFunctionResource, or `fntasks resources get APP FN NAME`)',
  },
};

/**
 * A write that is not safe to repeat (CreateFunctionTask, CreateFunctionInstance, …) was sent, and no clear answer came back: a 5xx, a
 * gateway's error page, a dropped connection, a body cut short, a timeout after sending. It may have been carried
 * out, so it is not sent again (the API has no idempotency token: a repeat would start a second run). `cause` is
 * what went wrong.
 */
export class WriteOutcomeUnknownError extends FunctionTasksError {
  override name = 'WriteOutcomeUnknownError';
  /** The operation, e.g. `CreateFunctionTask`. */
  readonly operation: string;
  /** The request id of the unclear answer ('' when none came: a dropped connection, an HTML page). */
  readonly requestId: string;
  /** What a check for the outcome saw (set by `startFunctionTask`), else `null`. */
  readonly check: OutcomeCheck | null;
  /** How many attempts were made (the earlier ones provably not processed). */
  attempts = 1;
  constructor(init: { operation: string; requestId: string; cause: unknown; check?: OutcomeCheck }) {
    const cause = init.cause instanceof Error ? init.cause.message : String(init.cause);
    const check = init.check ?? null;
    const looked = check
      ? ` The instance's newest runs were listed for ${Math.round(check.checkedForMs / 100) / 10} s after it: no generation above ${check.generationBefore ?? '(none)'} appeared (newest seen: ${check.newestGenerationSeen ?? 'none'}); a run not yet listed is no proof that none started.`
      : '';
    super(
      `The outcome of ${init.operation} is unknown: the request was sent and no clear answer came back (${cause}). It may have been carried out${OUTCOME_ADVICE[init.operation]?.effect ?? ''}, so it was not sent again.${looked} Check before trying again${OUTCOME_ADVICE[init.operation]?.check ?? ''}.`,
      { cause: init.cause },
    );
    this.operation = init.operation;
    this.requestId = init.requestId;
    this.check = check;
  }
}

/** The caller's AbortSignal fired. */
export class RequestAbortedError extends FunctionTasksError {
  override name = 'RequestAbortedError';
  constructor(cause?: unknown) {
    super('The request was aborted by the caller.', { cause });
  }
}

/** The request (or the whole retried call) took longer than its timeout. */
export class RequestTimeoutError extends FunctionTasksError {
  override name = 'RequestTimeoutError';
  /** The timeout that ran out, in milliseconds. */
  readonly timeoutMs: number;
  constructor(timeoutMs: number) {
    super(`The request timed out after ${timeoutMs} ms.`);
    this.timeoutMs = timeoutMs;
  }
}

/**
 * A 3xx answer. Core never follows a redirect: it would send the signed headers (the security token, the
 * AccessKey id) to wherever the `Location` points. Nothing is sent there.
 */
export class UnexpectedRedirectError extends FunctionTasksError {
  override name = 'UnexpectedRedirectError';
  /** The HTTP status (301, 302, 303, 307, 308…); 0 when a browser's manual redirect hides it. */
  readonly httpStatus: number;
  /** The origin the `Location` header points at (never its path or query); `null` when the engine hides it. */
  readonly locationOrigin: string | null;
  /** How many attempts were made before giving up (always 1: a redirect is not retried). */
  attempts = 1;
  constructor(httpStatus: number, locationOrigin: string | null) {
    super(
      `The server answered with a redirect (${httpStatus === 0 ? 'status hidden by the browser' : `HTTP ${httpStatus}`}${locationOrigin ? ` to ${locationOrigin}` : ''}). Redirects are never followed: they would carry the signed credentials elsewhere. Check the endpoint.`,
    );
    this.httpStatus = httpStatus;
    this.locationOrigin = locationOrigin;
  }
}

/** Paging stopped making progress: the server kept answering pages without new items, or more pages than its count allows. */
export class PaginationStalledError extends FunctionTasksError {
  override name = 'PaginationStalledError';
  /** Requests made when the iteration stopped. */
  readonly pagesFetched: number;
  /** The latest `totalCount` the server claimed. */
  readonly totalCount: number;
  constructor(pagesFetched: number, totalCount: number, reason: string) {
    super(
      `Paging stopped after ${pagesFetched} requests: ${reason} (the server claims totalCount ${totalCount}). The server does not page as documented; results so far were yielded.`,
    );
    this.pagesFetched = pagesFetched;
    this.totalCount = totalCount;
  }
}

/** Renders a value for an error message, quoting strings and naming types; bounded in size and depth. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 200 ? `${value.slice(0, 200)}…` : value);
  if (value instanceof Date)
    return `Date(${Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString()})`;
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  if (typeof value === 'function') return '(a function)';
  return previewJson(value);
}

// Fields of our errors that may hold text from the wire.
const WIRE_TEXT_FIELDS = ['message', 'apiMessage', 'bodySnippet', 'stack'] as const;

/**
 * Removes the credentials of a call from an error it produced (message, `apiMessage`, `bodySnippet`, stack), in
 * place; used by the transport, which knows what it signed with. Any other value is left alone.
 */
export function redactError(error: unknown, known: KnownSecrets): void {
  if (!(error instanceof FunctionTasksError)) return;
  const record = error as unknown as Record<string, unknown>;
  for (const field of WIRE_TEXT_FIELDS) {
    const value = record[field];
    if (typeof value === 'string') {
      const redacted = redactSecrets(value, known);
      if (redacted !== value)
        Object.defineProperty(error, field, {
          value: redacted,
          writable: true,
          configurable: true,
          enumerable: field !== 'message' && field !== 'stack',
        });
    }
  }
}
