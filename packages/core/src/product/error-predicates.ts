/**
 * Error predicates: what an error means for the caller, from the codes the spec lists (`openapi/function-tasks.yaml`,
 * responses `BadRequest`, `Forbidden`, `NotFound`). One place to match codes, so the apps never write a regex on
 * `error.code`. Each takes `unknown` (what a `catch` holds) and is false for anything but a FunctionTasksApiError.
 */
import { FunctionTasksApiError } from '../errors.js';

function codeOf(error: unknown): string | null {
  return error instanceof FunctionTasksApiError ? error.code : null;
}

/**
 * The spec's "nothing by that name" codes (404): app group, instance, run, default instance, version, resource,
 * and the generic one.
 */
const NOT_FOUND_CODES = new Set([
  'App.NotFound',
  'Instance.NotExist',
  'Task.NotExist',
  'DefaultInstance.NotExist',
  'Version.NotExist',
  'Resource.NotExist',
  'NotFound',
]);

/** An API error saying an app group, instance, run, default instance, version or resource does not exist (not an unknown AccessKey). */
export function isNotFound(error: unknown): boolean {
  const code = codeOf(error);
  return code !== null && NOT_FOUND_CODES.has(code);
}

/** The app group does not exist (`App.NotFound`). */
export function isAppGroupNotFound(error: unknown): boolean {
  return codeOf(error) === 'App.NotFound';
}

/** The instance does not exist (`Instance.NotExist`). */
export function isInstanceNotFound(error: unknown): boolean {
  return codeOf(error) === 'Instance.NotExist';
}

/** No run has that generation (`Task.NotExist`). */
export function isTaskNotFound(error: unknown): boolean {
  return codeOf(error) === 'Task.NotExist';
}

/** The function has no default instance set (`DefaultInstance.NotExist`). */
export function isNoDefaultInstance(error: unknown): boolean {
  return codeOf(error) === 'DefaultInstance.NotExist';
}

/** No version of the function has that id (`Version.NotExist`). */
export function isVersionNotFound(error: unknown): boolean {
  return codeOf(error) === 'Version.NotExist';
}

/** The resource does not exist (`Resource.NotExist`). */
export function isResourceNotFound(error: unknown): boolean {
  return codeOf(error) === 'Resource.NotExist';
}

/** The name is taken: an instance or a resource of that name exists (`Instance.Duplicated`, `Resource.Duplicated`). */
export function isNameTaken(error: unknown): boolean {
  const code = codeOf(error);
  return code === 'Instance.Duplicated' || code === 'Resource.Duplicated';
}

/** It cannot be deleted now: an instance with a run in progress, a resource an instance uses (`Instance.IsRunning`, `Resource.InUse`). */
export function isInUse(error: unknown): boolean {
  const code = codeOf(error);
  return code === 'Instance.IsRunning' || code === 'Resource.InUse';
}

/** A run of the instance is in progress, so no other can start (`Task.IsRunning`). */
export function isTaskRunning(error: unknown): boolean {
  return codeOf(error) === 'Task.IsRunning';
}

/** The service refuses to delete the run, e.g. a running one (`Task.UnableDelete`). */
export function isTaskUndeletable(error: unknown): boolean {
  return codeOf(error) === 'Task.UnableDelete';
}

/** The gateway throttled the call (`Throttling`, `Throttling.User`, …). */
export function isThrottled(error: unknown): boolean {
  const code = codeOf(error);
  return code !== null && (code === 'Throttling' || code.startsWith('Throttling.'));
}

/** A rejected parameter (`InvalidParameter`, `OutOfRange`). */
export function isInvalidParameter(error: unknown): boolean {
  const code = codeOf(error);
  return code !== null && (code.startsWith('InvalidParameter') || code.startsWith('OutOfRange'));
}

/** The service failed (`InternalError`, `ServiceUnavailable`); retried already by the client. */
export function isServiceFailure(error: unknown): boolean {
  const code = codeOf(error);
  return code !== null && (code === 'InternalError' || code.startsWith('ServiceUnavailable'));
}

/**
 * The documented function is not used by the app group, so it has no instances to list. No reference gives a code
 * for this (ListFunctionInstances of an unused function is documented as an empty page), so the rule is: any
 * "does not exist" answer that is not about the app group itself. An unknown app group (`App.NotFound`), a
 * permission refusal (`Forbidden.RAM`, and the undocumented `Forbidden.NotEnabled` an older rule hid) or any other
 * failure is a problem the user must see, never "nothing here".
 */
export function isFunctionMissing(error: unknown): boolean {
  return isNotFound(error) && !isAppGroupNotFound(error);
}
