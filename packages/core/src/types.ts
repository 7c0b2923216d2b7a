/**
 * Hand-written types that narrow or widen the generated wire types into what callers work with.
 * The wire shapes themselves are generated (`./generated/openapi.ts`); these are the normalised results.
 */
import type { DetectedCasing, KnownTaskStatus } from '@fntasks/protocol';

/**
 * A task status: one of the documented values, or (kept as its string, never coerced) a value the
 * service sent that the API page does not document; such a task carries an `unknown-status` warning.
 */
export type TaskStatus = KnownTaskStatus | (string & {});

/**
 * A task's parsed `extendInfo` document: training `errors` (always strings here: other values are turned into
 * strings, with a warning) and evaluation metrics such as `recall` or `auc`, numbers as the service documents
 * them. Read a metric with `readMetric`, which narrows it to a number.
 */
export type ExtendInfo = {
  /** Training errors, as strings. */
  readonly errors?: readonly string[];
  /** Evaluation metrics (numbers, e.g. `recall: 91`) and whatever else the service adds. */
  readonly [metric: string]: unknown;
};

/** Something odd about one task that the normaliser tolerated rather than failing the whole page. */
export type TaskWarning =
  | { readonly kind: 'unknown-status'; readonly value: string }
  | { readonly kind: 'invalid-extend-info'; readonly raw: string; readonly reason: string }
  | { readonly kind: 'double-encoded-extend-info' }
  | { readonly kind: 'extend-info-too-deep'; readonly maxDepth: number }
  | { readonly kind: 'coerced-field'; readonly field: string; readonly value: unknown }
  | { readonly kind: 'missing-field'; readonly field: string };

/** Something odd about one instance that the normaliser tolerated. */
export type InstanceWarning = Exclude<TaskWarning, { readonly kind: 'unknown-status' }>;

/** One training task, normalised from either wire casing. */
export interface FunctionTask {
  /** The feature name, e.g. `ctr`. */
  readonly functionName: string;
  /** The task's run id, e.g. `trigger__2021-03-05T12:18:41`. */
  readonly runId: string;
  /** The iteration number exactly as the wire's string (e.g. `"3"`); `null` when absent. */
  readonly generation: string | null;
  /** `'success' | 'failed' | 'running'`, or an undocumented value kept as-is (see `warnings`). */
  readonly status: TaskStatus;
  /** Progress in percent, 0–100. */
  readonly progress: number;
  /** Start time, epoch milliseconds. */
  readonly startTime: number;
  /** End time, epoch milliseconds; `null` while the task has not ended (the wire's `0`). */
  readonly endTime: number | null;
  /** `extendInfo` parsed from its JSON string; `null` when absent or not valid JSON (see `extendInfoRaw`). */
  readonly extendInfo: ExtendInfo | null;
  /** `extendInfo` exactly as the wire carried it; `null` when absent. */
  readonly extendInfoRaw: string | null;
  /** What the normaliser tolerated for this task; empty for a clean task. */
  readonly warnings: readonly TaskWarning[];
}

/** The envelope facts every result carries. */
export interface ResponseMeta {
  /** The request id the service returned (may be empty: the documented sample has `""`). */
  readonly requestId: string;
  /** The service-reported latency in milliseconds, `null` when absent. */
  readonly latency: number | null;
  /** Which casing the body was in: `camel`, `pascal` or `mixed`. */
  readonly casing: DetectedCasing;
  /** The envelope's own status (`"OK"` or `"200"` in the documented samples), `null` when absent. */
  readonly envelopeStatus: string | null;
}

/** One page of `ListFunctionTasks`, normalised. */
export interface FunctionTasksPage {
  /** The tasks of this page, newest first. */
  readonly tasks: FunctionTask[];
  /** How many tasks match the query in total. */
  readonly totalCount: number;
  /** The page number asked for (the service's default, 1, when not given). */
  readonly pageNumber: number;
  /** The page size asked for (the service's default, 1, when not given). */
  readonly pageSize: number;
  /** The request id the service returned (may be empty: the documented sample has `""`). */
  readonly requestId: string;
  /** The service-reported latency in milliseconds, `null` when absent. */
  readonly latency: number | null;
  /** Which casing the body was in: `camel` (the documented sample), `pascal` (the SDK metadata) or `mixed`. */
  readonly casing: DetectedCasing;
  /** The envelope's own status (`"OK"` or `"200"` in the documented samples), `null` when absent. */
  readonly envelopeStatus: string | null;
}

/** A point in time: a `Date`, epoch milliseconds, or an ISO-8601 string. */
export type TimeInput = Date | number | string;

/** Parameters of `listFunctionTasks`. */
export interface ListFunctionTasksParams {
  /** The application group name. */
  appGroupIdentity: string;
  /** The feature name, e.g. `ctr`. */
  functionName: string;
  /** The instance name. */
  instanceName: string;
  /** Only tasks in this status. */
  status?: KnownTaskStatus;
  /** Only tasks that started strictly after this time. */
  startTime?: TimeInput;
  /** Only tasks that ended strictly before this time (running tasks have not ended). */
  endTime?: TimeInput;
  /** The page number, from 1 (default 1). */
  pageNumber?: number;
  /** Tasks per page (the service's default is 1). */
  pageSize?: number;
  /** Accept numbers below 10^11 as epoch milliseconds although they look like seconds. */
  allowSecondsLikeTimestamps?: boolean;
}
