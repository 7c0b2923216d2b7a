/** @fntasks/core: a typed client for Alibaba Cloud OpenSearch ListFunctionTasks. Browser-safe. */

/** The client and its options. */
export type { FunctionTasksClient, FunctionTasksClientOptions } from './client.js';
/** Creates a client; see FunctionTasksClientOptions. */
export { createFunctionTasksClient, DEFAULT_TIMEOUT_MS, resolveEndpoint } from './client.js';
/** Credentials: explicit keys or a provider; CredentialsError for every credential failure (never the secret). */
export {
  type Credentials,
  CredentialsError,
  type CredentialsOption,
  type CredentialsProvider,
  createCredentials,
} from './credentials.js';
/** Typed errors: API, malformed body, network, invalid argument, abort, timeout, redirect, stalled paging. */
export {
  FunctionTasksApiError,
  FunctionTasksError,
  InvalidArgumentError,
  MalformedResponseError,
  NetworkError,
  PaginationStalledError,
  RequestAbortedError,
  RequestTimeoutError,
  UnexpectedRedirectError,
} from './errors.js';
/** Observability: the events `onEvent` receives. */
export type { EventErrorSummary, FunctionTasksEvent, FunctionTasksEventHandler } from './events.js';
/** The generated OpenAPI types, for using openapi-fetch directly. */
export type { components, operations, paths } from './generated/openapi.js';
/** Normalisation of wire bodies, for callers holding a body from elsewhere (a log, a proxy). */
export { normalisePage, readApiError } from './normalise.js';
/** Auto-pagination: parameters, options and the iterator's report (total changes, duplicates skipped). */
export type {
  FunctionTasksIterator,
  IterateFunctionTasksParams,
  IterateOptions,
  TotalCountChange,
} from './paginate.js';
/** Removes credentials (security token, AccessKey id but 4 characters, signatures) from a text before showing it. */
export { type KnownSecrets, redactSecrets } from './redact.js';
/** Retry settings and their defaults. */
export { DEFAULT_RETRY, MAX_RETRY_AFTER_MS, type RetryOptions } from './retry.js';
/** The two signature algorithms (`ACS3-HMAC-SHA256` default, `HMAC-SHA1` legacy, Node only). */
export type { SignatureAlgorithm } from './signing/request-signer.js';
/** Converts a Date, epoch ms or ISO string into epoch ms, as listFunctionTasks does. */
export { toEpochMillis } from './time.js';
/** Per-call options and the signing hook. */
export type { CallOptions, RequestSigner } from './transport.js';
/** The normalised result types. */
export type {
  ExtendInfo,
  FunctionTask,
  FunctionTasksPage,
  ListFunctionTasksParams,
  TaskStatus,
  TaskWarning,
  TimeInput,
} from './types.js';
/** Watching a run: target, options, and the two ways a wait ends badly. */
export {
  TaskFailedError,
  type WaitOptions,
  WaitTimeoutError,
  type WatchOptions,
  type WatchTarget,
} from './watch.js';
/** Wire facts: casing names, statuses, defaults. */
export {
  DEFAULT_PAGE_NUMBER,
  DEFAULT_PAGE_SIZE,
  type DetectedCasing,
  isKnownTaskStatus,
  type KnownTaskStatus,
  MAX_PAGE_SIZE,
  TASK_STATUSES,
  type WireCasing,
} from './wire/index.js';
