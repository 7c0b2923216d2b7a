/**
 * @fntasks/core/normalize: the client's readers for bodies you hold (a log, a proxy, a fixture) — the same
 * success-or-error rule, both casings, bounds and warnings as its methods — and the depth bound of `extendInfo`
 * for code that renders tasks it got elsewhere.
 */

/** The results the normalisers return, and the error an error body throws (the main entry's). */
export type { FunctionTasksApiError } from '../errors.js';
/** The depth bound of `extendInfo`, and the iterative depth test behind it. */
export { MAX_EXTEND_INFO_DEPTH, valueDepthExceeds } from '../json-bounds.js';
export type { FunctionInstanceResult } from '../operations/get-function-instance.js';
export type { FunctionTaskResult } from '../operations/get-function-task.js';
export type { FunctionInstancesPage } from '../operations/list-function-instances.js';
export type { FunctionTasksPage } from '../types.js';
/** Normalisers of each operation's body, taking one object each. */
export {
  type BodyInput,
  normalizeInstance,
  normalizeInstancesPage,
  normalizePage,
  normalizeTask,
  type PageBodyInput,
  readApiError,
} from './normalizers.js';
