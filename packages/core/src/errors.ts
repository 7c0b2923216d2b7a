/** Every error the client throws; each says what was wrong, with the offending value. */

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
  /** The HTTP status of the response. */
  readonly httpCode: number;
  /** The API error code, e.g. `App.NotFound`, `InvalidParameter`, `Throttling.User`. */
  readonly code: string;
  /** The request id, for support tickets ('' when the service sent none). */
  readonly requestId: string;
  /** The service's own message. */
  readonly apiMessage: string;
  /** How many attempts were made before giving up (1 when not retried). */
  attempts = 1;
  constructor(init: { httpCode: number; code: string; message: string; requestId: string }) {
    super(
      `${init.code || `HTTP ${init.httpCode}`}: ${init.message || '(no message)'} (HTTP ${init.httpCode}, requestId ${init.requestId || 'none'})`,
    );
    this.httpCode = init.httpCode;
    this.code = init.code;
    this.apiMessage = init.message;
    this.requestId = init.requestId;
  }
}

/** The body was not JSON, was cut short, or was JSON of an unexpected shape. */
export class MalformedResponseError extends FunctionTasksError {
  override name = 'MalformedResponseError';
  /** The HTTP status of the response. */
  readonly httpStatus: number;
  /** The first bytes of the body (at most 200 characters). */
  readonly bodySnippet: string;
  /** How many attempts were made before giving up (1 when not retried). */
  attempts = 1;
  /** True when the connection ended before the whole body arrived (a transport failure, so retried). */
  readonly cutShort: boolean;
  constructor(httpStatus: number, body: string, problem: string, cutShort = false) {
    const snippet = body.length > 200 ? `${body.slice(0, 200)}…` : body;
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
  /** How many attempts were made before giving up (1 when not retried). */
  attempts = 1;
  constructor(origin: string, cause: unknown) {
    super(`Network error talking to ${origin}: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.origin = origin;
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

/** Renders a value for an error message, quoting strings and naming types. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value instanceof Date)
    return `Date(${Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString()})`;
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
