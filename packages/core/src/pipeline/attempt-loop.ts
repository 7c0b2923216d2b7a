/**
 * Runs one logical call as attempts. Every attempt signs afresh (new date and nonce: signing lives in the layer
 * that retries), sends through the engine, refuses a redirect and reads the whole body; the caller's step then
 * reads the answer. The loop decides from the typed error and the operation's `safeToRepeat` whether to try again
 * (retry.ts: a write that is not safe to repeat is sent again only when it provably was not processed, and
 * otherwise ends in WriteOutcomeUnknownError), honours the caller's AbortSignal and the call's timeout
 * (timeout.ts), corrects the clock once on `InvalidTimeStamp.Expired`, removes the attempt's credentials from any
 * error (redact.ts), and reports through `onEvent` (events.ts).
 */
import { FUNCTION_OPERATIONS, type FunctionOperationId } from '@fntasks/protocol';
import { resolveEngine } from '../engine/select.js';
import {
  FunctionTasksApiError,
  InvalidArgumentError,
  MalformedResponseError,
  NetworkError,
  RequestAbortedError,
  RequestTimeoutError,
  redactError,
  UnexpectedRedirectError,
  WriteOutcomeUnknownError,
} from '../errors.js';
import { emitEvent, type FunctionTasksEventHandler, summarizeError } from '../events.js';
import { applyRequestHooks, applyResponseHooks, type ClientHooks } from '../hooks.js';
import {
  type CallOptions,
  type EngineSend,
  isNotWrittenFailure,
  type OutgoingRequest,
  type WireHeaders,
  type WireResponse,
} from '../http/types.js';
import type { RateLimiter } from '../rate-limit.js';
import { type KnownSecrets, secretsOfHeaders } from '../redact.js';
import {
  backoffDelay,
  DEFAULT_RETRY,
  isThrottling,
  judgeFailure,
  provablyNotProcessed,
  type ResolvedRetryOptions,
  retryAfterMs,
} from '../retry.js';
import type { SignAttempt } from '../signing/sign-attempt.js';
import { CallScope, isValidTimeout, type ScopeEnd, sleepIn } from '../timeout.js';

/**
 * The difference between the server's clock and ours, shared with the signer: the signer's clock reads
 * `baseNow() + offsetMs`, and the loop sets `offsetMs` from a rejected request's `Date` header.
 */
export interface ClockSkew {
  /** Milliseconds added to `baseNow()` when signing. */
  offsetMs: number;
  /** The uncorrected clock (the client's `clock` option, or `Date.now`). */
  readonly baseNow: () => number;
}

/** One attempt's answer: the status, the headers and the whole body. */
export interface Answer {
  readonly status: number;
  readonly headers: WireHeaders;
  readonly text: string;
}

/** What an attempt gets: `send`, which signs and sends, and the call's scope. */
export interface AttemptContext {
  /** 1 for the first attempt. */
  readonly attempt: number;
  /** The call's scope: ends on abort or timeout. */
  readonly scope: CallScope;
  /** Signs (for `action`) and sends one request; resolves with its answer, whatever the status (3xx excepted). */
  send(request: OutgoingRequest, action: string): Promise<Answer>;
  /** `send`, then `read` of the answer in the same step. */
  sendAndRead<T>(request: OutgoingRequest, action: string, read: (answer: Answer) => T): Promise<T>;
  /** The raw response of this attempt once it arrived, else `null`. */
  readonly response: WireResponse | null;
  /** The credentials this attempt was signed with (removed from its errors), once signed. */
  readonly secrets: KnownSecrets | null;
  /** True when an earlier attempt of this call was sent and got no clear answer (it may have been carried out). */
  readonly afterUnknownOutcome: boolean;
}

/** Settings of the loop. */
export interface AttemptLoopOptions {
  /** The caller's fetch; without one, Node uses node:http (undici through a proxy variable), others the global fetch. */
  fetch?: typeof fetch;
  /** Signs each attempt. */
  signer?: SignAttempt;
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
  /** The client's shared rate limit: every attempt waits for its turn, and throttling slows all calls down. */
  rateLimiter?: RateLimiter;
  /** The client's hooks (`client.use`), read at each attempt: the array may change between calls. */
  hooks?: readonly ClientHooks[];
}

/** Runs logical calls with retries, timeout and abort. */
export interface AttemptLoop {
  /**
   * Runs `attempt` until it succeeds, fails for good, is aborted or times out; `operationId` names the operation,
   * whose `safeToRepeat` decides which failures are retried.
   */
  execute<T>(
    attempt: (context: AttemptContext) => Promise<T>,
    operationId: FunctionOperationId,
    call?: CallOptions,
  ): Promise<T>;
  /** The request the first attempt would send (request hooks applied, signed for `action`), without sending it. */
  signFirst(request: OutgoingRequest, action: string): Promise<OutgoingRequest>;
}

const CLOCK_ERROR_CODE = 'InvalidTimeStamp.Expired';

function checkTimeout(timeoutMs: unknown): void {
  if (!isValidTimeout(timeoutMs)) {
    throw new InvalidArgumentError(
      'timeoutMs',
      timeoutMs,
      'Expected a number of milliseconds (0 for no timeout).',
    );
  }
}

/** Builds the loop. */
export function createAttemptLoop(options: AttemptLoopOptions = {}): AttemptLoop {
  const retry = options.retry ?? DEFAULT_RETRY;
  const { signer, onEvent, clockSkew, rateLimiter } = options;
  const hooks = options.hooks ?? [];
  const random = options.random ?? Math.random;
  checkTimeout(options.timeoutMs);
  let engine: EngineSend | undefined;
  let pendingEngine: Promise<EngineSend> | undefined;
  const engineOnce = () => {
    pendingEngine ??= resolveEngine(options.fetch).then((found) => {
      engine = found;
      return found;
    });
    return pendingEngine;
  };

  // Written with `then` rather than `async`: one attempt is a few promise hops, not one per function.
  function sendOnce<T>(
    context: Attempt,
    request: OutgoingRequest,
    action: string,
    read: (answer: Answer) => T,
  ): Promise<T> {
    const send = engine;
    if (send === undefined) return engineOnce().then(() => sendOnce(context, request, action, read));
    if (hooks.length > 0) {
      // Hooks run before signing, on every attempt: what they add is signed afresh with each retry.
      const attempt = context.attempt;
      return applyRequestHooks(hooks, request, action, attempt).then((hooked) =>
        signAndTransmit(send, context, hooked, action, (answer) =>
          applyResponseHooks(hooks, hooked, action, attempt, answer as WireResponse).then(() => read(answer)),
        ),
      ) as Promise<T>;
    }
    return signAndTransmit(send, context, request, action, read);
  }

  function signAndTransmit<T>(
    send: EngineSend,
    context: Attempt,
    request: OutgoingRequest,
    action: string,
    read: (answer: Answer) => T,
  ): Promise<T> {
    let signed: OutgoingRequest | Promise<OutgoingRequest>;
    try {
      // A signer's own failure (e.g. CredentialsError) reaches the caller as it is, not as a NetworkError.
      signed = signer ? signer(request, action) : request;
    } catch (error) {
      return Promise.reject(error);
    }
    return signed instanceof Promise
      ? signed.then((ready) => transmit(send, context, request, ready, read))
      : transmit(send, context, request, signed, read);
  }

  function transmit<T>(
    send: EngineSend,
    context: Attempt,
    request: OutgoingRequest,
    signed: OutgoingRequest,
    read: (answer: Answer) => T,
  ): Promise<T> {
    context.signedHeaders = signed.headers;
    // From here on the request may reach the server, unless the engine proves otherwise.
    context.written = true;
    if (onEvent) {
      emitEvent(onEvent, {
        type: 'request',
        attempt: context.attempt,
        method: signed.method,
        url: signed.url,
      });
    }
    return send(signed, context.scope).then(
      (response) => {
        context.response = response;
        if (isRedirect(response)) {
          throw new UnexpectedRedirectError(response.status, locationOrigin(response, request.url));
        }
        if (response.bodyError !== undefined) {
          // A connection cut mid-body (content-length not reached).
          const why = response.bodyError;
          throw new MalformedResponseError(
            response.status,
            '',
            `the body was cut short (${why instanceof Error ? why.message : String(why)})`,
            true,
          );
        }
        return read(response);
      },
      (error: unknown) => {
        if (isNotWrittenFailure(error)) {
          context.written = false;
          throw context.scope.ended ?? new NetworkError(originOf(request.url), error.cause, false);
        }
        throw context.scope.ended ?? new NetworkError(originOf(request.url), error);
      },
    );
  }

  /**
   * Attempt after attempt until one succeeds or the failure is final. Written with `then`: a call that succeeds
   * at once (nearly all of them) then costs one promise reaction here, not an async function's.
   */
  function loop<T>(
    attemptFn: (context: AttemptContext) => Promise<T>,
    scope: CallScope,
    run: RunState,
  ): Promise<T> {
    const attemptAt = (attempt: number): Promise<T> => {
      const context = new Attempt(attempt, scope, sendOnce, run.afterUnknownOutcome);
      run.current = context;
      const attemptStarted = onEvent ? performance.now() : 0;
      let outcome: Promise<T>;
      const turn = rateLimiter?.acquire(scope);
      if (turn) {
        // The call's retry budget starts once its first attempt may go, not while it queues for a turn.
        outcome = turn.then(() => {
          if (attempt === 1) run.started = performance.now();
          return attemptFn(context);
        });
      } else {
        try {
          outcome = attemptFn(context);
        } catch (error) {
          outcome = Promise.reject(error);
        }
      }
      return outcome.then(
        (value) => {
          if (onEvent) reportResponse(context, value, attemptStarted);
          return value;
        },
        (error: unknown) =>
          afterFailure(error, context, attemptStarted, run).then(() => attemptAt(attempt + 1)),
      );
    };
    return attemptAt(1);
  }

  /** After a failed attempt: throws the final error, or resolves once the next attempt may start. */
  async function afterFailure(
    error: unknown,
    context: Attempt,
    attemptStarted: number,
    run: RunState,
  ): Promise<void> {
    const { attempt, scope } = context;
    const secrets = context.secrets;
    if (secrets) redactError(error, secrets);
    const ended = scope.ended;
    if (ended) throw finalise(run.endError ?? ended, attempt);
    if (onEvent && context.response) reportResponse(context, error, attemptStarted);

    if (
      !run.clockCorrected &&
      clockSkew &&
      error instanceof FunctionTasksApiError &&
      error.code === CLOCK_ERROR_CODE
    ) {
      const serverDate = httpDate(context.response?.headers.get('date'));
      if (serverDate !== null) {
        run.clockCorrected = true;
        // The Date header has whole seconds: the server's clock is somewhere in the next 1000 ms.
        clockSkew.offsetMs = serverDate + 500 - clockSkew.baseNow();
        emitEvent(onEvent, { type: 'retry', attempt, delayMs: 0, error: summarizeError(error) });
        return;
      }
    }
    const verdict = judgeFailure(error, run.safeToRepeat);
    if (verdict === 'unknown-outcome') throw finalise(unknownOutcome(run, context, error), attempt);
    const hint = retryAfterMs(context.response?.headers);
    // With a shared rate limit, a refusal by the gateway slows the whole client down; this call then waits for
    // its turn like every other (no backoff of its own), and the refusal does not use up its attempts: it was
    // never carried out. maxElapsedMs and the timeout still bound it.
    const paced = rateLimiter !== undefined && isThrottling(error);
    if (paced) {
      rateLimiter.throttled(hint);
      run.throttledAttempts++;
    }
    if (verdict === 'final' || attempt - run.throttledAttempts >= retry.maxAttempts)
      throw finalise(error, attempt);
    let delay = paced ? 0 : backoffDelay(attempt, retry, random);
    if (hint !== null && !paced) delay = Math.max(delay, hint);
    if (performance.now() - run.started + delay > retry.maxElapsedMs) throw finalise(error, attempt);
    emitEvent(onEvent, { type: 'retry', attempt, delayMs: delay, error: summarizeError(error) });
    // The failed attempt is over: a timeout from here on ends a call whose attempts were all judged.
    run.current = null;
    if (context.written && !provablyNotProcessed(error)) run.afterUnknownOutcome = true;
    try {
      await sleepIn(scope, delay);
    } catch {
      throw finalise(scope.ended ?? new RequestAbortedError(), attempt);
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
      serverTime: httpDate(response.headers.get('date')),
    });
  }

  function finalise(error: unknown, attempts: number): unknown {
    if (error !== null && typeof error === 'object' && 'attempts' in error) {
      (error as { attempts: number }).attempts = attempts;
    }
    emitEvent(onEvent, { type: 'error', attempts, error: summarizeError(error) });
    return error;
  }

  function execute<T>(
    attemptFn: (context: AttemptContext) => Promise<T>,
    operationId: FunctionOperationId,
    call?: CallOptions,
  ): Promise<T> {
    const timeoutMs = call?.timeoutMs ?? options.timeoutMs;
    try {
      checkTimeout(timeoutMs);
    } catch (error) {
      return Promise.reject(error);
    }
    const run: RunState = {
      started: performance.now(),
      throttledAttempts: 0,
      clockCorrected: false,
      operationId,
      safeToRepeat: FUNCTION_OPERATIONS[operationId]?.safeToRepeat === true,
      current: null,
      endError: null,
      afterUnknownOutcome: false,
    };
    return new Promise<T>((resolve, reject) => {
      // The scope rejects the call the moment it ends, whatever the engine underneath does; for a write that is
      // not safe to repeat, a timeout after the request went out is an unknown outcome.
      const onEnd = run.safeToRepeat
        ? reject
        : (reason: ScopeEnd) => {
            const current = run.current;
            run.endError =
              reason instanceof RequestTimeoutError && current?.written
                ? unknownOutcome(run, current, reason)
                : null;
            reject(run.endError ?? reason);
          };
      const scope = new CallScope(call?.signal, timeoutMs, onEnd);
      loop(attemptFn, scope, run).then(
        (value) => {
          scope.dispose();
          resolve(value);
        },
        (error: unknown) => {
          scope.dispose();
          reject(error);
        },
      );
    });
  }

  async function signFirst(request: OutgoingRequest, action: string): Promise<OutgoingRequest> {
    const hooked = hooks.length > 0 ? await applyRequestHooks(hooks, request, action, 1) : request;
    return signer ? signer(hooked, action) : hooked;
  }

  return { execute, signFirst };
}

/** `send`'s reader: the answer as it is. */
const asIs = (answer: Answer): Answer => answer;

/** What the attempts of one call share. */
interface RunState {
  /** When the first attempt started (`performance.now()`), for `maxElapsedMs`. */
  started: number;
  /** Attempts the gateway refused while a shared rate limit paced the client (not counted against maxAttempts). */
  throttledAttempts: number;
  /** Whether the clock was corrected already (once per call). */
  clockCorrected: boolean;
  /** The operation, and its `safeToRepeat` from the wire table. */
  readonly operationId: FunctionOperationId;
  readonly safeToRepeat: boolean;
  /** The attempt in progress (`null` between attempts). */
  current: Attempt | null;
  /** The WriteOutcomeUnknownError a timeout became, if it did. */
  endError: WriteOutcomeUnknownError | null;
  /** Whether an attempt was sent and got no clear answer (it may have been carried out). */
  afterUnknownOutcome: boolean;
}

/** The unknown-outcome error of a write that was sent and got no clear answer (`cause`). */
function unknownOutcome(run: RunState, context: Attempt, cause: unknown): WriteOutcomeUnknownError {
  const fromBody = cause instanceof FunctionTasksApiError ? cause.requestId : '';
  return new WriteOutcomeUnknownError({
    operation: run.operationId,
    requestId: fromBody || (context.response?.headers.get('x-acs-request-id') ?? ''),
    cause,
  });
}

/** One attempt: its scope, its response once it arrived, and the secrets it was signed with (read on demand). */
class Attempt implements AttemptContext {
  response: WireResponse | null = null;
  /** The headers this attempt was sent with, once signed. */
  signedHeaders: Readonly<Record<string, string>> | null = null;
  /** Whether the request went to the engine and was not proven unwritten. */
  written = false;
  #secrets: KnownSecrets | null = null;

  constructor(
    readonly attempt: number,
    readonly scope: CallScope,
    private readonly sender: <T>(
      context: Attempt,
      request: OutgoingRequest,
      action: string,
      read: (answer: Answer) => T,
    ) => Promise<T>,
    readonly afterUnknownOutcome: boolean,
  ) {}

  send(request: OutgoingRequest, action: string): Promise<Answer> {
    return this.sender(this, request, action, asIs);
  }

  sendAndRead<T>(request: OutgoingRequest, action: string, read: (answer: Answer) => T): Promise<T> {
    return this.sender(this, request, action, read);
  }

  // Worked out only when needed (an error to redact, a raw answer to forward), not on every call.
  get secrets(): KnownSecrets | null {
    if (this.#secrets === null && this.signedHeaders !== null) {
      this.#secrets = secretsOfHeaders(this.signedHeaders);
    }
    return this.#secrets;
  }
}

/** A URL's origin without building a `URL` on the hot path (only errors need it). */
function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '(invalid URL)';
  }
}

/** A 3xx, or a browser's opaque answer to `redirect: 'manual'` (status 0, type `opaqueredirect`). */
function isRedirect(response: WireResponse): boolean {
  return (response.status >= 300 && response.status < 400) || response.type === 'opaqueredirect';
}

/** The origin a redirect points at, resolved against the request URL; `null` when hidden or unparsable. */
function locationOrigin(response: WireResponse, requestUrl: string): string | null {
  const location = response.headers.get('location');
  if (!location) return null;
  try {
    const origin = new URL(location, requestUrl).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/** An HTTP `Date` header in epoch ms; `null` when absent or not a date. */
function httpDate(header: string | null | undefined): number | null {
  const millis = Date.parse(header ?? '');
  return Number.isNaN(millis) ? null : millis;
}
