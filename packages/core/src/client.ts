import { createFinalURL, createQuerySerializer } from 'openapi-fetch';
import type { CredentialsOption } from './credentials.js';
import { FunctionTasksError, InvalidArgumentError, MalformedResponseError } from './errors.js';
import type { FunctionTasksEventHandler } from './events.js';
import type { paths } from './generated/openapi.js';
import { hasResultField, normalisePage, parseJsonBody, readApiError } from './normalise.js';
import {
  type FunctionTasksIterator,
  type IterateFunctionTasksParams,
  type IterateOptions,
  iterateFunctionTasks,
  listAllFunctionTasks,
} from './paginate.js';
import { type RetryOptions, resolveRetryOptions } from './retry.js';
import { createRequestSigner, type SignatureAlgorithm } from './signing/request-signer.js';
import {
  type CallOptions,
  type ClockSkew,
  createTransport,
  type PreparedRequest,
  type RequestSigner,
  type Transport,
} from './transport.js';
import type { FunctionTask, FunctionTasksPage, ListFunctionTasksParams } from './types.js';
import { type ValidatedListRequest, validateListParams } from './validate.js';
import {
  type WaitOptions,
  type WatchOptions,
  type WatchTarget,
  waitForFunctionTask,
  watchFunctionTask,
} from './watch.js';
import { LIST_FUNCTION_TASKS_PATH } from './wire/index.js';
import { encodePathSegment } from './wire/protocol.js';

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
  /** Signs each attempt; set by the credential options (see the signing module). */
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
  /** Observability hook: request, response (status, requestId, latency), retry and error events; never secrets. */
  onEvent?: FunctionTasksEventHandler;
}

/** The default `timeoutMs` of a call. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** A client for ListFunctionTasks. */
export interface FunctionTasksClient {
  /** The base URL requests go to. */
  readonly endpoint: string;
  /** Lists one page of tasks, newest first, normalised from either wire casing. */
  listFunctionTasks(params: ListFunctionTasksParams, call?: CallOptions): Promise<FunctionTasksPage>;
  /** Every matching task across pages, newest first, each once even while tasks are added (see FunctionTasksIterator). */
  iterateFunctionTasks(params: IterateFunctionTasksParams, call?: IterateOptions): FunctionTasksIterator;
  /** Every matching task (or `limit` of them) in an array; for small histories. */
  listAllFunctionTasks(params: IterateFunctionTasksParams, call?: IterateOptions): Promise<FunctionTask[]>;
  /** Yields a run's changes until it leaves `running`; returns the final task. */
  watchFunctionTask(
    target: WatchTarget,
    options?: WatchOptions,
  ): AsyncGenerator<FunctionTask, FunctionTask, undefined>;
  /** Resolves when the run succeeded; rejects with TaskFailedError or WaitTimeoutError. */
  waitForFunctionTask(target: WatchTarget, options?: WaitOptions): Promise<FunctionTask>;
}

const REGION_PATTERN = /^[a-z]{2,}(-[a-z0-9]+)+$/;

/** Resolves `endpoint` / `regionId` into a base URL, or explains what is missing. */
export function resolveEndpoint(options: Pick<FunctionTasksClientOptions, 'endpoint' | 'regionId'>): string {
  if (options.endpoint !== undefined) {
    let url: URL;
    try {
      url = new URL(options.endpoint);
    } catch {
      throw new InvalidArgumentError(
        'endpoint',
        options.endpoint,
        'Expected an absolute http(s) URL such as "https://opensearch.cn-hangzhou.aliyuncs.com".',
      );
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new InvalidArgumentError(
        'endpoint',
        options.endpoint,
        'Only http: and https: endpoints are supported.',
      );
    }
    if (url.username || url.password) {
      throw new InvalidArgumentError(
        'endpoint',
        '(a URL with credentials)',
        'Credentials never go in the URL; use the credentials option.',
      );
    }
    if (url.search || url.hash) {
      throw new InvalidArgumentError(
        'endpoint',
        options.endpoint,
        'The endpoint must not carry a query or fragment.',
      );
    }
    return url.href.replace(/\/+$/, '');
  }
  if (options.regionId !== undefined) {
    if (typeof options.regionId !== 'string' || !REGION_PATTERN.test(options.regionId)) {
      throw new InvalidArgumentError(
        'regionId',
        options.regionId,
        'Expected a region id such as "cn-hangzhou" or "ap-southeast-1".',
      );
    }
    return `https://opensearch.${options.regionId}.aliyuncs.com`;
  }
  throw new InvalidArgumentError(
    'endpoint',
    undefined,
    'Give either endpoint (a base URL) or regionId (e.g. "cn-hangzhou").',
  );
}

/** Path segments are encoded one by one so that `/`, `?`, `#`, spaces and non-ASCII stay inside their segment. */
function serializePath(pathname: string, params: Record<string, unknown>): string {
  return pathname.replace(/\{([^}]+)\}/g, (_, name: string) => encodePathSegment(String(params[name])));
}

/** openapi-fetch's own query serializer (form style, as the spec declares every query parameter). */
const serializeQuery = createQuerySerializer();

/**
 * The URL of a validated request, built by openapi-fetch's serializers from the generated path template. (Not
 * through openapi-fetch's `GET`: it builds WHATWG Request and Headers objects, whose first use in a Node process
 * loads Node's internal undici, ~35 ms that a one-shot CLI call would pay for nothing; see README.)
 */
function listUrl(endpoint: string, request: ValidatedListRequest): string {
  const params: paths[typeof LIST_FUNCTION_TASKS_PATH]['get']['parameters'] = {
    path: request.path,
    query: request.query,
  };
  const url = createFinalURL(LIST_FUNCTION_TASKS_PATH, {
    baseUrl: endpoint,
    params,
    querySerializer: serializeQuery,
    pathSerializer: serializePath,
  });
  // WHATWG serialisation, as a Request would hold it (the signer's header-map form relies on it).
  return new URL(url).href;
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** The `headers` option as lower-case names with trimmed values, checked before any request is sent. */
function normaliseHeaders(extra: Record<string, string> | undefined): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (extra === undefined) return headers;
  if (extra === null || typeof extra !== 'object') {
    throw new InvalidArgumentError('headers', extra, 'Expected an object of header names to string values.');
  }
  for (const [name, value] of Object.entries(extra)) {
    if (!HEADER_NAME.test(name)) {
      throw new InvalidArgumentError(
        'headers',
        name,
        "A header name is a token: letters, digits and !#$%&'*+-.^_`|~.",
      );
    }
    if (typeof value !== 'string' || /[\r\n\0]/.test(value)) {
      throw new InvalidArgumentError(
        `headers.${name}`,
        typeof value === 'string' ? '(a value with a line break or NUL)' : value,
        'Expected a string without CR, LF or NUL.',
      );
    }
    headers[name.toLowerCase()] = value.trim();
  }
  return headers;
}

/** The signer the credential options ask for (or the caller's own `signer`); none without credentials. */
function buildSigner(options: FunctionTasksClientOptions, now: () => number): RequestSigner | undefined {
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
    return options.signer;
  }
  if (options.signer) {
    throw new InvalidArgumentError(
      'signer',
      '(a function)',
      'Give either credentials or your own signer, not both.',
    );
  }
  return createRequestSigner({
    credentials: options.credentials,
    ...(options.signatureAlgorithm ? { signatureAlgorithm: options.signatureAlgorithm } : {}),
    ...(options.nonce ? { nonce: options.nonce } : {}),
    clock: now,
  });
}

/** Creates a ListFunctionTasks client. */
export function createFunctionTasksClient(options: FunctionTasksClientOptions): FunctionTasksClient {
  const endpoint = resolveEndpoint(options);
  // A missing global fetch is the transport's to report, when it first needs one (Node uses undici instead).
  if (options.fetch !== undefined && typeof options.fetch !== 'function') {
    throw new InvalidArgumentError('fetch', `(${typeof options.fetch})`, 'Expected a fetch function.');
  }
  // Corrected on InvalidTimeStamp.Expired; a signer built here must sign with `skewedNow()`.
  const clockSkew: ClockSkew = { offsetMs: 0, baseNow: options.clock ?? (() => Date.now()) };
  const signer = buildSigner(options, () => clockSkew.baseNow() + clockSkew.offsetMs);
  const transport: Transport = createTransport({
    // Without a fetch of the caller's, the transport picks the global one (or the env proxy's, in Node).
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(signer ? { signer } : {}),
    retry: resolveRetryOptions(options.retry),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    ...(options.onEvent ? { onEvent: options.onEvent } : {}),
    clockSkew,
  });
  const headers = normaliseHeaders(options.headers);

  async function listFunctionTasks(
    params: ListFunctionTasksParams,
    call?: CallOptions,
  ): Promise<FunctionTasksPage> {
    const request = validateListParams(params);
    const prepared: PreparedRequest = { method: 'GET', url: listUrl(endpoint, request), headers };
    // `send` signs each attempt afresh (new date and nonce).
    return transport.execute(async (attempt) => readPage(await attempt.send(prepared), request), call);
  }

  return {
    endpoint,
    listFunctionTasks,
    iterateFunctionTasks: (params, call) => iterateFunctionTasks(listFunctionTasks, params, call),
    listAllFunctionTasks: (params, call) => listAllFunctionTasks(listFunctionTasks, params, call),
    watchFunctionTask: (target, watchOptions) => watchFunctionTask(listFunctionTasks, target, watchOptions),
    waitForFunctionTask: (target, waitOptions) => waitForFunctionTask(listFunctionTasks, target, waitOptions),
  };
}

/** Reads a response into a page, or throws the typed error it carries. */
export async function readPage(
  response: Response,
  request: { pageNumber: number; pageSize: number },
): Promise<FunctionTasksPage> {
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (error instanceof FunctionTasksError) throw error;
    // A connection cut mid-body (content-length not reached) surfaces here.
    throw new MalformedResponseError(
      response.status,
      '',
      `the body was cut short (${error instanceof Error ? error.message : String(error)})`,
      true,
    );
  }
  const body = parseJsonBody(response.status, text);
  const apiError = readApiError(response.status, body);
  if (!response.ok || (apiError && !hasResultField(body))) {
    if (apiError) throw apiError;
    throw new MalformedResponseError(response.status, text, 'an error status without an error body');
  }
  return normalisePage(response.status, body, request, text);
}
