/**
 * The request pipeline. One logical call runs attempts in a loop; every attempt signs a fresh request (new
 * date, new nonce: signing lives here, in the layer that retries), sends it through the engine
 * (engine/select.ts), and hands the raw response back to the caller, which reads and parses the body. The
 * loop then decides from the typed error whether to try again (retry.ts), honours the caller's AbortSignal
 * and the call's timeout (timeout.ts), corrects the clock once on `InvalidTimeStamp.Expired`, and reports
 * through `onEvent` (events.ts).
 */

import { type Engine, resolveEngine } from './engine/select.js';
import type { EngineRequest } from './engine/types.js';
import {
  FunctionTasksApiError,
  InvalidArgumentError,
  NetworkError,
  RequestAbortedError,
  redactError,
  UnexpectedRedirectError,
} from './errors.js';
import { emitEvent, type FunctionTasksEventHandler, summariseError } from './events.js';
import { type KnownSecrets, secretsOfHeaders } from './redact.js';
import {
  backoffDelay,
  DEFAULT_RETRY,
  isRetryableError,
  type ResolvedRetryOptions,
  retryAfterMs,
} from './retry.js';
import { type HeaderSigner, SIGN_HEADERS } from './signing/request-signer.js';
import { isValidTimeout, openCallScope, sleep } from './timeout.js';

/** Signs one attempt of a request (fresh date and nonce each time); returns the request to send. */
export type RequestSigner = (request: Request) => Promise<Request>;

/** Per-call options: cancellation and a timeout for this call. */
export interface CallOptions {
  /** Aborts the call; it then rejects with RequestAbortedError. */
  signal?: AbortSignal;
  /** Overrides the client's `timeoutMs` for this call: the whole call, retries and waits included. */
  timeoutMs?: number;
}

/**
 * The difference between the server's clock and ours, shared with the signer: the signer's clock reads
 * `baseNow() + offsetMs`, and the transport sets `offsetMs` from a rejected request's `Date` header.
 */
export interface ClockSkew {
  /** Milliseconds added to `baseNow()` when signing. */
  offsetMs: number;
  /** The uncorrected clock (the client's `clock` option, or `Date.now`). */
  readonly baseNow: () => number;
}

/** A request before signing: the URL (WHATWG-serialised), the method and lower-case headers. */
export type PreparedRequest = EngineRequest;

/** What an attempt gets: `send`, which signs and sends, the call's signal, and the raw response. */
export interface AttemptContext {
  /** 1 for the first attempt. */
  readonly attempt: number;
  /** Fires on abort or timeout. */
  readonly signal: AbortSignal;
  /** Signs and sends one request; resolves with the raw response, whatever its status. */
  readonly send: (request: PreparedRequest) => Promise<Response>;
  /** The raw response of this attempt once it arrived, else `null`. */
  response: Response | null;
  /** The credentials this attempt was signed with (removed from its errors), once signed. */
  secrets: KnownSecrets | null;
}

/** Settings of the transport. */
export interface TransportOptions {
  /** The caller's fetch; without one, Node uses node:http (undici through HTTPS_PROXY/HTTP_PROXY when set), others the global fetch. */
  fetch?: typeof fetch;
  /** Signs each attempt. */
  signer?: RequestSigner;
  /** Retry settings (`maxAttempts: 1` for none). */
  retry?: ResolvedRetryOptions;
  /** Default timeout of a whole call in ms (0 or undefined: none). */
  timeoutMs?: number;
  /** The observability hook. */
  onEvent?: FunctionTasksEventHandler;
  /** The clock offset the signer applies; corrected on `InvalidTimeStamp.Expired`. */
  clockSkew?: ClockSkew;
  /** Random source for jitter (tests make it deterministic). */
  random?: () => number;
}

/** Runs logical calls with retries, timeout and abort. */
export interface Transport {
  /** Runs `attempt` until it succeeds, fails for good, is aborted or times out. */
  execute<T>(attempt: (context: AttemptContext) => Promise<T>, call?: CallOptions): Promise<T>;
}

const CLOCK_ERROR_CODE = 'InvalidTimeStamp.Expired';

/** Builds the transport. */
export function createTransport(options: TransportOptions = {}): Transport {
  const retry = options.retry ?? DEFAULT_RETRY;
  const { signer, onEvent, clockSkew } = options;
  const random = options.random ?? Math.random;
  if (!isValidTimeout(options.timeoutMs)) {
    throw new InvalidArgumentError(
      'timeoutMs',
      options.timeoutMs,
      'Expected a number of milliseconds (0 for no timeout).',
    );
  }
  let engine: Engine | undefined;
  let pendingEngine: Promise<Engine> | undefined;
  const engineOnce = () => {
    pendingEngine ??= resolveEngine(options.fetch).then((found) => {
      engine = found;
      return found;
    });
    return pendingEngine;
  };

  // The signer's header-map form (see request-signer.ts), used with core's own engines.
  const signHeaders = (signer as { [SIGN_HEADERS]?: HeaderSigner } | undefined)?.[SIGN_HEADERS];

  /** Signs into a plain header map (the cheap form when it applies); returns the URL and headers to send. */
  async function signToMap(request: PreparedRequest): Promise<PreparedRequest> {
    if (!signer) return request;
    let headers = signHeaders ? signHeaders(request) : null;
    if (headers !== null && !isHeaderMap(headers)) headers = await headers;
    if (headers !== null) return { ...request, headers };
    const signed = await signer(toWhatwgRequest(request));
    return { url: signed.url, method: signed.method, headers: Object.fromEntries(signed.headers) };
  }

  async function sendOnce(context: AttemptContext, request: PreparedRequest): Promise<Response> {
    const current = engine ?? (await engineOnce());
    // Signing stays outside the try: a signer's own failure (e.g. CredentialsError) reaches the caller as it is.
    let send: () => Promise<Response>;
    if ('send' in current) {
      const signed = await signToMap(request);
      context.secrets = secretsOfHeaders(signed.headers);
      emitRequest(context, signed);
      send = () => current.send(signed, context.signal);
    } else {
      const unsigned = toWhatwgRequest(request);
      const signed = signer ? await signer(unsigned) : unsigned;
      context.secrets = secretsOfHeaders(Object.fromEntries(signed.headers));
      emitRequest(context, signed);
      // Called as a plain function: a browser's fetch refuses any other `this` than the window.
      const fetchImpl = current.fetch;
      // `manual`: a followed redirect would carry the signed headers (token, AccessKey id) to another host.
      send = () => fetchImpl(signed, { signal: context.signal, redirect: 'manual' });
    }
    let response: Response;
    try {
      response = await send();
    } catch (error) {
      if (context.signal.aborted) throw context.signal.reason;
      throw new NetworkError(new URL(request.url).origin, error);
    }
    context.response = response;
    if (isRedirect(response)) {
      // Its body is never read; a fetch's unread stream would hold the connection.
      (response as { body?: ReadableStream | null }).body?.cancel().catch(() => {});
      throw new UnexpectedRedirectError(response.status, locationOrigin(response, request.url));
    }
    return response;
  }

  function emitRequest(context: AttemptContext, request: { method: string; url: string }) {
    if (onEvent)
      emitEvent(onEvent, {
        type: 'request',
        attempt: context.attempt,
        method: request.method,
        url: request.url,
      });
  }

  async function loop<T>(
    attemptFn: (context: AttemptContext) => Promise<T>,
    signal: AbortSignal,
    reason: () => Error | null,
  ) {
    const started = performance.now();
    let clockCorrected = false;
    for (let attempt = 1; ; attempt++) {
      const context: AttemptContext = {
        attempt,
        signal,
        response: null,
        secrets: null,
        send: (request: PreparedRequest) => sendOnce(context, request),
      };
      const attemptStarted = onEvent ? performance.now() : 0;
      try {
        const value = await attemptFn(context);
        if (onEvent) reportResponse(context, value, attemptStarted);
        return value;
      } catch (error) {
        if (context.secrets) redactError(error, context.secrets);
        const ended = reason();
        if (ended) throw finalise(ended, attempt);
        if (onEvent && context.response) reportResponse(context, error, attemptStarted);

        if (
          !clockCorrected &&
          clockSkew &&
          error instanceof FunctionTasksApiError &&
          error.code === CLOCK_ERROR_CODE
        ) {
          const serverDate = Date.parse(context.response?.headers.get('date') ?? '');
          if (!Number.isNaN(serverDate)) {
            clockCorrected = true;
            // The Date header has whole seconds: the server's clock is somewhere in the next 1000 ms.
            clockSkew.offsetMs = serverDate + 500 - clockSkew.baseNow();
            emitEvent(onEvent, { type: 'retry', attempt, delayMs: 0, error: summariseError(error) });
            continue;
          }
        }
        if (!isRetryableError(error) || attempt >= retry.maxAttempts) throw finalise(error, attempt);
        let delay = backoffDelay(attempt, retry, random);
        const hint = retryAfterMs(context.response?.headers);
        if (hint !== null) delay = Math.max(delay, hint);
        if (performance.now() - started + delay > retry.maxElapsedMs) throw finalise(error, attempt);
        emitEvent(onEvent, { type: 'retry', attempt, delayMs: delay, error: summariseError(error) });
        try {
          await sleep(delay, signal);
        } catch {
          throw finalise(reason() ?? new RequestAbortedError(), attempt);
        }
      }
    }
  }

  function reportResponse(context: AttemptContext, outcome: unknown, startedAt: number) {
    const response = context.response;
    if (!response) return;
    const fromOutcome = (outcome as { requestId?: unknown } | null)?.requestId;
    const requestId =
      typeof fromOutcome === 'string' && fromOutcome !== ''
        ? fromOutcome
        : (response.headers.get('x-acs-request-id') ?? '');
    emitEvent(onEvent, {
      type: 'response',
      attempt: context.attempt,
      status: response.status,
      requestId,
      latencyMs: Math.round((performance.now() - startedAt) * 1000) / 1000,
    });
  }

  function finalise(error: unknown, attempts: number): unknown {
    if (error !== null && typeof error === 'object' && 'attempts' in error) {
      (error as { attempts: number }).attempts = attempts;
    }
    emitEvent(onEvent, { type: 'error', attempts, error: summariseError(error) });
    return error;
  }

  async function execute<T>(
    attemptFn: (context: AttemptContext) => Promise<T>,
    call?: CallOptions,
  ): Promise<T> {
    const timeoutMs = call?.timeoutMs ?? options.timeoutMs;
    if (!isValidTimeout(timeoutMs)) {
      throw new InvalidArgumentError(
        'timeoutMs',
        timeoutMs,
        'Expected a number of milliseconds (0 for no timeout).',
      );
    }
    const scope = openCallScope(call?.signal, timeoutMs);
    try {
      // The race makes the call reject the moment the scope ends, whatever the fetch underneath does.
      return await Promise.race([loop(attemptFn, scope.signal, scope.reason), scope.aborted]);
    } finally {
      scope.dispose();
    }
  }

  return { execute };
}

/** A 3xx, or a browser's opaque answer to `redirect: 'manual'` (status 0, type `opaqueredirect`). */
function isRedirect(response: Response): boolean {
  return (response.status >= 300 && response.status < 400) || response.type === 'opaqueredirect';
}

/** The origin a redirect points at, resolved against the request URL; `null` when hidden or unparsable. */
function locationOrigin(response: Response, requestUrl: string): string | null {
  const location = response.headers.get('location');
  if (!location) return null;
  try {
    const origin = new URL(location, requestUrl).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

function isHeaderMap(
  value: Record<string, string> | Promise<Record<string, string> | null>,
): value is Record<string, string> {
  return typeof (value as { then?: unknown }).then !== 'function';
}

/** The WHATWG Request of a prepared request, for a fetch or a signer that takes one. */
function toWhatwgRequest(request: PreparedRequest): Request {
  return new Request(request.url, { method: request.method, headers: request.headers });
}
