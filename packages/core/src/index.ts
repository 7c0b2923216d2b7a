/** @fntasks/core: a typed client for the function-task operations of Alibaba Cloud OpenSearch. Browser-safe. */

/**
 * The documented task statuses and which casing a body came in: types of the results above, so a consumer names
 * them without a second import (the wire tables themselves are `@fntasks/protocol`'s).
 */
export type { DetectedCasing, KnownTaskStatus, ResourceType } from '@fntasks/protocol';
/** The client and its options; the iterators' parameters. */
export type {
  FunctionTasksClient,
  FunctionTasksClientOptions,
  FunctionTasksIterator,
  IterateAppGroupsParams,
  IterateFunctionInstancesParams,
  IterateFunctionResourcesParams,
  IterateFunctionTasksParams,
} from './client.js';
/** Creates a client; see FunctionTasksClientOptions. */
export { createFunctionTasksClient, DEFAULT_TIMEOUT_MS } from './client.js';
/** Credentials: explicit keys or a provider; CredentialsError for every credential failure (never the secret). */
export {
  type Credentials,
  CredentialsError,
  type CredentialsOption,
  type CredentialsProvider,
  createCredentials,
} from './credentials.js';
/** Resolves the `endpoint` / `regionId` options into a base URL, as the client does. */
export { resolveEndpoint } from './endpoint.js';
/** Typed errors: API, malformed body, network, invalid argument, abort, timeout, redirect, stalled paging, unknown write outcome. */
export {
  FunctionTasksApiError,
  FunctionTasksError,
  InvalidArgumentError,
  MalformedResponseError,
  NetworkError,
  type OutcomeCheck,
  PaginationStalledError,
  RequestAbortedError,
  RequestTimeoutError,
  UnexpectedRedirectError,
  WriteOutcomeUnknownError,
} from './errors.js';
/** Observability: the events `onEvent` receives. */
export type { EventErrorSummary, FunctionTasksEvent, FunctionTasksEventHandler } from './events.js';
/** The extension point: hooks `client.use` takes, and what they see. */
export type { ClientHooks, HeadersPatch, HookRequest, HookResponse } from './hooks.js';
/** Per-call options and the signing hook. */
export type { CallOptions, HttpMethod, RequestSigner } from './http/types.js';
/** The overview's rules: headline metric, its trend against the recent mean, the verdict, attention order. */
export {
  byAttention,
  DEFAULT_BASELINE_WINDOW,
  DEFAULT_REGRESSION_SPREAD,
  DEFAULT_REGRESSION_THRESHOLD,
  HEALTH_PAGE_SIZE,
  type HealthCounts,
  type HealthOptions,
  type HealthVerdict,
  headlineMetric,
  healthCounts,
  healthSummary,
  type InstanceHealth,
  instanceHealth,
  isRegression,
  type MetricPoint,
  type MetricTrend,
  MIN_BASELINE_RUNS,
  metricTrend,
} from './instance-health.js';
/** Which way a metric should move (higher or lower is better, or neither), extendable by the caller. */
export {
  changeQuality,
  METRIC_DIRECTIONS,
  type MetricDirection,
  type MetricDirections,
  metricDirection,
} from './metric-direction.js';
/** Reading numeric metrics out of `extendInfo`. */
export { metricNames, readMetric } from './metrics.js';
/** The operations' parameters and results. */
export type { CreateFunctionInstanceParams } from './operations/create-function-instance.js';
export type { CreateFunctionResourceParams } from './operations/create-function-resource.js';
export type { CreateFunctionTaskParams } from './operations/create-function-task.js';
export type {
  DeleteFunctionInstanceParams,
  DeleteFunctionInstanceResult,
} from './operations/delete-function-instance.js';
export type {
  DeleteFunctionResourceParams,
  DeleteFunctionResourceResult,
} from './operations/delete-function-resource.js';
export type {
  DeleteFunctionTaskParams,
  DeleteFunctionTaskResult,
} from './operations/delete-function-task.js';
/** What a delete answers: the envelope, and whether a retry found the thing already deleted. */
export type { DeletedResult } from './operations/deleted.js';
export type { GetFunctionCurrentVersionParams } from './operations/get-function-current-version.js';
export type {
  DefaultInstanceResult,
  GetFunctionDefaultInstanceParams,
} from './operations/get-function-default-instance.js';
export type {
  FunctionInstanceResult,
  GetFunctionInstanceParams,
} from './operations/get-function-instance.js';
export type {
  FunctionResourceResult,
  GetFunctionResourceParams,
} from './operations/get-function-resource.js';
export type { FunctionTaskResult, GetFunctionTaskParams } from './operations/get-function-task.js';
export type { FunctionVersionResult, GetFunctionVersionParams } from './operations/get-function-version.js';
/**
 * The client's operation methods, one per operationId of the spec, and each one's parameters and result.
 * (Sending an operation by id with its answer unread, `fetchRaw`, is `@fntasks/core/raw`'s.)
 */
export type {
  MethodName,
  OperationMethods,
  OperationParams,
  OperationResult,
} from './operations/index.js';
/** What CreateFunctionInstance and UpdateFunctionInstance take of an instance. */
export type {
  FunctionType,
  InstanceParameterInput,
  InstanceSettings,
  ModelType,
} from './operations/instance-body.js';
/** ListAppGroups: parameters, the page and one normalised application group. */
export type { AppGroup, AppGroupsPage, ListAppGroupsParams } from './operations/list-app-groups.js';
export type {
  FunctionInstancesPage,
  ListFunctionInstancesParams,
} from './operations/list-function-instances.js';
export type {
  FunctionResourcesPage,
  ListFunctionResourcesParams,
} from './operations/list-function-resources.js';
/** What CreateFunctionResource and UpdateFunctionResource take of a resource's data. */
export type { ResourceDataInput, ResourceGeneratorInput } from './operations/resource-body.js';
export type { UpdateFunctionDefaultInstanceParams } from './operations/update-function-default-instance.js';
export type { UpdateFunctionInstanceParams } from './operations/update-function-instance.js';
export type { UpdateFunctionResourceParams } from './operations/update-function-resource.js';
/** Auto-pagination: parameters, options and the iterator's report (total changes, duplicates skipped). */
export type { IterateOptions, IterateParams, PageIterator, TotalCountChange } from './paginate.js';
/** Instance discovery as a stream (each instance, default and runs page as it arrives), for views of app groups. */
export {
  type DiscoverInstancesOptions,
  type DiscoveryEvent,
  discoverInstances,
  type InstanceNames,
} from './product/discover-instances.js';
/** Error predicates from the codes the spec lists: what an error means, without matching codes by hand. */
export {
  isAppGroupNotFound,
  isFunctionMissing,
  isInstanceNotFound,
  isInUse,
  isInvalidParameter,
  isNameTaken,
  isNoDefaultInstance,
  isNotFound,
  isResourceNotFound,
  isServiceFailure,
  isTaskNotFound,
  isTaskRunning,
  isTaskUndeletable,
  isThrottled,
  isVersionNotFound,
} from './product/error-predicates.js';
/** The success-or-error rule of an answer (HTTP status, then the body's code). */
export { isErrorAnswer, isSuccessCode } from './product/success-rule.js';
/** How long a run took (until now while running); null when its times make no sense. */
export { taskDurationMs } from './product/task-duration.js';
/** The error messages of `extendInfo.errors`, a task's array or an instance's object. */
export { taskErrorMessages, type WithExtendInfo } from './product/task-errors.js';
/** The client-wide rate limit option (`rateLimit`). */
export type { RateLimitOptions } from './rate-limit.js';
/** A normalised function instance and its parts. */
export type {
  FunctionInstance,
  InstanceBelongs,
  InstanceParameter,
  InstanceTaskState,
} from './read/instance.js';
/** A normalised function resource and its parts. */
export type {
  FunctionResource,
  ResourceData,
  ResourceFeature,
  ResourceGenerator,
} from './read/resource.js';
/** A normalised function version and its parts. */
export type { FunctionVersion, VersionConfig, VersionDepend, VersionParameter } from './read/version.js';
/** Removes credentials (security token, AccessKey id but 4 characters, signatures) from a text before showing it. */
export { type KnownSecrets, redactSecrets } from './redact.js';
/** Retry settings (the defaults are in the README's "Retries"). */
export type { RetryOptions } from './retry.js';
/** The two signature algorithms (`ACS3-HMAC-SHA256` default, `HMAC-SHA1` legacy, Node only). */
export type { SignatureAlgorithm } from './signing/sign-attempt.js';
export { DEFAULT_START_OPTIONS, type StartOptions } from './start-task.js';
/** Converts a Date, epoch ms or ISO string into epoch ms, as listFunctionTasks does. */
export { toEpochMillis } from './time.js';
/** The normalised result types. */
export type {
  ExtendInfo,
  FunctionTask,
  FunctionTasksPage,
  InstanceWarning,
  ListFunctionTasksParams,
  ResponseMeta,
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
