/**
 * The request and response shapes every stage of the pipeline shares (signing, engines, the attempt loop).
 * A leaf module: it imports nothing, so no two stages depend on each other through their types (or this one's
 * small marker class).
 */

/** The HTTP methods the function-task operations use. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** A request as it goes on the wire: a WHATWG-serialised URL, lower-case header names, an optional text body. */
export interface OutgoingRequest {
  readonly method: HttpMethod;
  /** The full URL, WHATWG-serialised (what `new URL(url).href` gives). */
  readonly url: string;
  /** Header values by lower-case name. */
  readonly headers: Readonly<Record<string, string>>;
  /**
   * The body as text: the JSON of an operation the spec gives a request body (sent with
   * `content-type: application/json; charset=utf-8`, hashed into the signature); absent otherwise.
   */
  readonly body?: string;
}

/** Response headers: a lookup by name, and all of them (lower-case names, repeated values joined by `, `). */
export interface WireHeaders {
  get(name: string): string | null;
  all(): Record<string, string>;
}

/**
 * The response of one attempt, whatever engine carried it, with its whole body already read: core's own small
 * type, with what core reads (no WHATWG `Response` to build in Node, where creating one loads Node's internal
 * undici).
 */
export interface WireResponse {
  /** The HTTP status (0 for a browser's opaque answer to a manual redirect). */
  readonly status: number;
  readonly headers: WireHeaders;
  /** `opaqueredirect` for a browser's manual redirect; otherwise absent or `basic`/`cors`. */
  readonly type?: string;
  /** The whole body as UTF-8 text (empty for a redirect, whose body is never read). */
  readonly text: string;
  /** Set when the connection was cut before the whole body arrived (`text` is then what did). */
  readonly bodyError?: unknown;
}

/** What an engine needs of a call's scope (timeout.ts): whether it ended, a hook to cancel its request, or a signal. */
export interface Cancellation {
  /** The typed error the scope ended with (RequestAbortedError or RequestTimeoutError), or `null` while it runs. */
  readonly ended: Error | null;
  /** Calls `hook` once with the reason if the scope ends while it is set (one hook at a time: a new one replaces it). */
  onCancel(hook: (reason: Error) => void): void;
  /** Removes `hook` if it is still the one set (a late event of an earlier request never removes a later hook). */
  offCancel(hook: (reason: Error) => void): void;
  /** An AbortSignal that fires when the scope ends, made on first use (engines that take one: fetch, undici). */
  readonly signal: AbortSignal;
}

/**
 * An engine's rejection for a failure that happened before any byte of the request was written (the connection
 * was refused, the name did not resolve): the server cannot have seen the request, so even a write that is not
 * safe to repeat may be sent again. Engines that cannot prove it (fetch) reject with the plain error.
 */
export class NotWrittenFailure {
  /** The mark the pipeline reads (not `instanceof`: the engines are a separately loaded module, `#engine`). */
  readonly notWritten = true;
  constructor(readonly cause: unknown) {}
}

/** True for an engine's NotWrittenFailure, whichever copy of this module made it. */
export function isNotWrittenFailure(value: unknown): value is NotWrittenFailure {
  return (
    typeof value === 'object' && value !== null && (value as { notWritten?: unknown }).notWritten === true
  );
}

/**
 * An engine: sends one request and resolves once the whole body arrived (or the connection was cut mid-body);
 * rejects with the scope's reason when the call's scope ends first, or with the network error (wrapped in a
 * NotWrittenFailure when the engine proves that nothing was written).
 */
export type EngineSend = (request: OutgoingRequest, scope: Cancellation) => Promise<WireResponse>;

/** Signs one attempt of a request (fresh date and nonce each time); returns the request to send. WHATWG form. */
export type RequestSigner = (request: Request) => Promise<Request>;

/** Per-call options: cancellation and a timeout for this call. */
export interface CallOptions {
  /** Aborts the call; it then rejects with RequestAbortedError. */
  signal?: AbortSignal;
  /** Overrides the client's `timeoutMs` for this call: the whole call, retries and waits included. */
  timeoutMs?: number;
  /** Extra headers for this call, over the client's `headers` (names case-insensitive; signed with the request). */
  headers?: Record<string, string>;
}
