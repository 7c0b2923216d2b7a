/**
 * The client factory: options checked once, then one method per operation, each a call of the one pipeline
 * (pipeline/run.ts) with its declaration (operations/), plus the helpers built on them (paging, watching,
 * starting a run).
 */

import { FUNCTION_OPERATION_IDS } from '@fntasks/protocol';
import type { CredentialsOption } from './credentials.js';
import { resolveEndpoint } from './endpoint.js';
import { InvalidArgumentError } from './errors.js';
import type { FunctionTasksEventHandler } from './events.js';
import { normalizeHeaders } from './headers-option.js';
import type { ClientHooks } from './hooks.js';
import type { CallOptions, RequestSigner } from './http/types.js';
import type { CreateFunctionTaskParams } from './operations/create-function-task.js';
import { methodName, OPERATIONS, type OperationMethods } from './operations/index.js';
import {
  type AppGroup,
  type AppGroupsPage,
  appGroupPaging,
  type ListAppGroupsParams,
} from './operations/list-app-groups.js';
import {
  type FunctionInstancesPage,
  instancePaging,
  type ListFunctionInstancesParams,
} from './operations/list-function-instances.js';
import {
  type FunctionResourcesPage,
  type ListFunctionResourcesParams,
  resourcePaging,
} from './operations/list-function-resources.js';
import { taskPaging } from './operations/list-function-tasks.js';
import { collect, type IterateOptions, type IterateParams, type PageIterator, paginate } from './paginate.js';
import { type ClockSkew, createAttemptLoop } from './pipeline/attempt-loop.js';
import { RAW_PREPARE, RAW_SEND, type RawPrepare, type RawSend } from './pipeline/raw-access.js';
import { createPipeline } from './pipeline/run.js';
import { RateLimiter, type RateLimitOptions, resolveRateLimit } from './rate-limit.js';
import type { FunctionInstance } from './read/instance.js';
import type { FunctionResource } from './read/resource.js';
import { type RetryOptions, resolveRetryOptions } from './retry.js';
import { fromRequestSigner } from './signing/request-signer.js';
import { createAttemptSigner, type SignAttempt, type SignatureAlgorithm } from './signing/sign-attempt.js';
import { type StartOptions, startFunctionTask } from './start-task.js';
import type { FunctionTask, FunctionTasksPage, ListFunctionTasksParams } from './types.js';
import {
  type WaitOptions,
  type WatchOptions,
  type WatchTarget,
  waitForFunctionTask,
  watchFunctionTask,
} from './watch.js';

/** Parameters of `iterateFunctionTasks`: the list filters, an optional page size (default 100) and a `limit`. */
export type IterateFunctionTasksParams = IterateParams<ListFunctionTasksParams>;
/** Parameters of `iterateFunctionInstances`: those of `listFunctionInstances` without `pageNumber`, and a `limit`. */
export type IterateFunctionInstancesParams = IterateParams<ListFunctionInstancesParams>;
/** Parameters of `iterateAppGroups`: those of `listAppGroups` without `pageNumber`, and a `limit`. */
export type IterateAppGroupsParams = IterateParams<ListAppGroupsParams>;
/** Parameters of `iterateFunctionResources`: those of `listFunctionResources` without `pageNumber`, and a `limit`. */
export type IterateFunctionResourcesParams = IterateParams<ListFunctionResourcesParams>;
/** The iterator `iterateFunctionTasks` returns: async-iterable, with what it learned so far. */
export type FunctionTasksIterator = PageIterator<FunctionTask>;

/** Options of `createFunctionTasksClient`. */
export interface FunctionTasksClientOptions {
  /** Base URL, e.g. `https://opensearch.cn-hangzhou.aliyuncs.com` or an emulator's `http://127.0.0.1:4010`. */
  endpoint?: string;
  /** Region id; the endpoint becomes `https://opensearch.{regionId}.aliyuncs.com`. */
  regionId?: string;
  /** The fetch to use. Default: in Node, node:http (undici when a proxy variable is set); elsewhere the global fetch. */
  fetch?: typeof fetch;
  /** Extra headers sent with every request (e.g. `x-fntasks-casing` for the emulator); names are case-insensitive. */
  headers?: Record<string, string>;
  /** Your own signer (WHATWG form; the action arrives as the request's `x-acs-action`), instead of `credentials`. */
  signer?: RequestSigner;
  /** AccessKey pair `{ accessKeyId, accessKeySecret, securityToken? }`, or an async provider called per request. */
  credentials?: CredentialsOption;
  /** `ACS3-HMAC-SHA256` (default) or legacy `HMAC-SHA1` (Node and servers only: it signs a `Date` header). */
  signatureAlgorithm?: SignatureAlgorithm;
  /** Epoch milliseconds now, for signing (defaults to `Date.now`). */
  clock?: () => number;
  /** A unique `x-acs-signature-nonce` per attempt (defaults to 32 random hex digits). */
  nonce?: () => string;
  /** Timeout of a whole call in ms, retries and waits included (default 30 000; 0 for none). */
  timeoutMs?: number;
  /** Retry settings, or `false` for a single attempt (default: 4 attempts within 20 s, full-jitter backoff). */
  retry?: RetryOptions | false;
  /**
   * A rate limit shared by every call of this client (paginators and helpers included): at most `qps` calls a
   * second, bursts of `burst`; on a throttling answer the whole client slows down. Off by default. A call's
   * `timeoutMs` includes its wait for a turn. See the README's "Rate limit".
   */
  rateLimit?: RateLimitOptions;
  /** Observability hook: request, response (status, requestId, latency), retry and error events; never secrets. */
  onEvent?: FunctionTasksEventHandler;
}

/** The default `timeoutMs` of a call. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * A client for the function-task operations of OpenSearch: one method per operation of the spec, named after its
 * operationId in lowerCamelCase (`listFunctionTasks`, `getFunctionTask`, `createFunctionTask` — sent once:
 * WriteOutcomeUnknownError when it went out without a clear answer —, `deleteFunctionTask`, …), and the helpers
 * built on them.
 */
export interface FunctionTasksClient extends OperationMethods {
  /** The base URL requests go to. */
  readonly endpoint: string;
  /**
   * Adds hooks that run on every attempt of every call from now on: `onRequest` before signing (it may add
   * headers, signed with the request), `onResponse` on each answer before it is read.
   */
  use(...hooks: ClientHooks[]): void;
  /** Removes hooks added with `use`. */
  eject(...hooks: ClientHooks[]): void;
  /** Every matching task across pages, newest first, each once even while tasks are added (see PageIterator). */
  iterateFunctionTasks(params: IterateFunctionTasksParams, call?: IterateOptions): FunctionTasksIterator;
  /** Every matching task (or `limit` of them) in an array; for small histories. */
  listAllFunctionTasks(params: IterateFunctionTasksParams, call?: IterateOptions): Promise<FunctionTask[]>;
  /** Every instance of a function across pages, each once. */
  iterateFunctionInstances(
    params: IterateFunctionInstancesParams,
    call?: IterateOptions,
  ): PageIterator<FunctionInstance>;
  /** Every application group of the account across pages, each once. */
  iterateAppGroups(params?: IterateAppGroupsParams, call?: IterateOptions): PageIterator<AppGroup>;
  /** Every resource of a function across pages, each once. */
  iterateFunctionResources(
    params: IterateFunctionResourcesParams,
    call?: IterateOptions,
  ): PageIterator<FunctionResource>;
  /** Starts a run and resolves with it once listed: the first run with a generation above the newest before. */
  startFunctionTask(params: CreateFunctionTaskParams, options?: StartOptions): Promise<FunctionTask>;
  /** Yields a run's changes until it leaves `running`; returns the final task. */
  watchFunctionTask(
    target: WatchTarget,
    options?: WatchOptions,
  ): AsyncGenerator<FunctionTask, FunctionTask, undefined>;
  /** Resolves when the run succeeded; rejects with TaskFailedError or WaitTimeoutError. */
  waitForFunctionTask(target: WatchTarget, options?: WaitOptions): Promise<FunctionTask>;
}

/** The per-attempt signer the credential options ask for (or the caller's own `signer`); none without either. */
function buildSigner(options: FunctionTasksClientOptions, now: () => number): SignAttempt | undefined {
  if (options.clock !== undefined && typeof options.clock !== 'function') {
    throw new InvalidArgumentError(
      'clock',
      `(${typeof options.clock})`,
      'Expected a function returning epoch milliseconds.',
    );
  }
  if (options.credentials === undefined) {
    if (options.signatureAlgorithm !== undefined) {
      throw new InvalidArgumentError(
        'signatureAlgorithm',
        options.signatureAlgorithm,
        'It needs credentials to sign with.',
      );
    }
    return options.signer ? fromRequestSigner(options.signer) : undefined;
  }
  if (options.signer) {
    throw new InvalidArgumentError(
      'signer',
      '(a function)',
      'Give either credentials or your own signer, not both.',
    );
  }
  return createAttemptSigner({
    credentials: options.credentials,
    ...(options.signatureAlgorithm ? { signatureAlgorithm: options.signatureAlgorithm } : {}),
    ...(options.nonce ? { nonce: options.nonce } : {}),
    clock: now,
  });
}

/** Creates a client; nothing is sent until a method is called. */
export function createFunctionTasksClient(options: FunctionTasksClientOptions): FunctionTasksClient {
  const endpoint = resolveEndpoint(options);
  if (options.fetch !== undefined && typeof options.fetch !== 'function') {
    throw new InvalidArgumentError('fetch', `(${typeof options.fetch})`, 'Expected a fetch function.');
  }
  if (options.signer !== undefined && typeof options.signer !== 'function') {
    throw new InvalidArgumentError('signer', `(${typeof options.signer})`, 'Expected a function.');
  }
  // Corrected on InvalidTimeStamp.Expired; the signer signs with `baseNow() + offsetMs`.
  const clockSkew: ClockSkew = { offsetMs: 0, baseNow: options.clock ?? (() => Date.now()) };
  const signer = buildSigner(options, () => clockSkew.baseNow() + clockSkew.offsetMs);
  const rateLimit = resolveRateLimit(options.rateLimit);
  const hooks: ClientHooks[] = [];
  const loop = createAttemptLoop({
    hooks,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(rateLimit ? { rateLimiter: new RateLimiter(rateLimit) } : {}),
    ...(signer ? { signer } : {}),
    retry: resolveRetryOptions(options.retry),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    ...(options.onEvent ? { onEvent: options.onEvent } : {}),
    clockSkew,
  });
  const pipeline = createPipeline(endpoint, normalizeHeaders(options.headers), loop);
  // One method per operation of the table, each a call of the one pipeline with its declaration.
  const methods = Object.fromEntries(
    FUNCTION_OPERATION_IDS.map((id) => [
      methodName(id),
      (params: never, call?: CallOptions) => pipeline.run(OPERATIONS[id], params, call),
    ]),
  ) as unknown as OperationMethods;
  const {
    listFunctionTasks,
    listFunctionInstances,
    listAppGroups,
    listFunctionResources,
    createFunctionTask,
  } = methods;
  const iterateFunctionTasks = (params: IterateFunctionTasksParams, call?: IterateOptions) =>
    paginate<ListFunctionTasksParams, FunctionTasksPage, FunctionTask>(
      taskPaging,
      listFunctionTasks,
      params,
      call,
    );

  const client: FunctionTasksClient = {
    endpoint,
    use: (...added) => {
      for (const hook of added) {
        if (hook === null || typeof hook !== 'object') {
          throw new InvalidArgumentError(
            'hooks',
            hook,
            'Expected an object with onRequest and/or onResponse.',
          );
        }
        hooks.push(hook);
      }
    },
    eject: (...removed) => {
      for (const hook of removed) {
        const at = hooks.indexOf(hook);
        if (at !== -1) hooks.splice(at, 1);
      }
    },
    ...methods,
    iterateFunctionTasks,
    listAllFunctionTasks: (params, call) => collect(iterateFunctionTasks(params, call)),
    iterateFunctionInstances: (params, call) =>
      paginate<ListFunctionInstancesParams, FunctionInstancesPage, FunctionInstance>(
        instancePaging,
        listFunctionInstances,
        params,
        call,
      ),
    iterateAppGroups: (params = {}, call) =>
      paginate<ListAppGroupsParams, AppGroupsPage, AppGroup>(appGroupPaging, listAppGroups, params, call),
    iterateFunctionResources: (params, call) =>
      paginate<ListFunctionResourcesParams, FunctionResourcesPage, FunctionResource>(
        resourcePaging,
        listFunctionResources,
        params,
        call,
      ),
    startFunctionTask: (params, startOptions) =>
      startFunctionTask({ listFunctionTasks, createFunctionTask }, params, startOptions),
    watchFunctionTask: (target, watchOptions) => watchFunctionTask(listFunctionTasks, target, watchOptions),
    waitForFunctionTask: (target, waitOptions) => waitForFunctionTask(listFunctionTasks, target, waitOptions),
  };
  const operationOf = (operationId: string) => {
    const operation = (OPERATIONS as Record<string, (typeof OPERATIONS)[keyof typeof OPERATIONS]>)[
      operationId
    ];
    if (!operation) {
      throw new InvalidArgumentError(
        'operationId',
        operationId,
        `Expected one of: ${Object.keys(OPERATIONS).join(', ')}.`,
      );
    }
    return operation;
  };
  // Only failures without an answer are retried: `raw` hands every status over as it came.
  const rawSend: RawSend = async (operationId, params, call) =>
    pipeline.raw(operationOf(operationId), params, call);
  const rawPrepare: RawPrepare = async (operationId, params, call) =>
    pipeline.prepareSigned(operationOf(operationId), params, call);
  // Enumerable, so a wrapper that spreads the client (the Node client) keeps them.
  return Object.assign(client, { [RAW_SEND]: rawSend, [RAW_PREPARE]: rawPrepare });
}
