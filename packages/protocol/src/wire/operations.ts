/**
 * The function-task operations on the wire: method, path template (as in the spec), a pattern matching a concrete
 * path, the action signed as `x-acs-action` (always the operation's name), and whether a repeat of the request is
 * harmless (`safeToRepeat`, the spec's `x-fntasks-safe-to-repeat`). One table, read by the client's operation
 * declarations and retry rule, and by the emulator's router.
 */
import { encodePathSegment } from './protocol.js';

const FUNCTION_PATH = '/v4/openapi/app-groups/{appGroupIdentity}/functions/{functionName}';
const INSTANCES_PATH = `${FUNCTION_PATH}/instances` as const;
const INSTANCE_PATH = `${INSTANCES_PATH}/{instanceName}` as const;
const TASKS_PATH = `${INSTANCE_PATH}/tasks` as const;
const TASK_PATH = `${TASKS_PATH}/{generation}` as const;
const DEFAULT_INSTANCE_PATH = `${FUNCTION_PATH}/default-instance` as const;

// One encoded segment: anything but `/`. A trailing slash is tolerated, as the service's router does.
const SEGMENT = '([^/]+)';
const FUNCTION_PATTERN = `^/v4/openapi/app-groups/${SEGMENT}/functions/${SEGMENT}`;

/** Every operation, keyed by its operationId (which is also its signing action). */
export const FUNCTION_OPERATIONS = {
  ListFunctionTasks: {
    method: 'GET',
    safeToRepeat: true,
    path: TASKS_PATH,
    pattern: new RegExp(`${FUNCTION_PATTERN}/instances/${SEGMENT}/tasks/?$`),
    pathParams: ['appGroupIdentity', 'functionName', 'instanceName'],
  },
  GetFunctionTask: {
    method: 'GET',
    safeToRepeat: true,
    path: TASK_PATH,
    pattern: new RegExp(`${FUNCTION_PATTERN}/instances/${SEGMENT}/tasks/${SEGMENT}/?$`),
    pathParams: ['appGroupIdentity', 'functionName', 'instanceName', 'generation'],
  },
  CreateFunctionTask: {
    method: 'POST',
    // A repeat starts another run: the API has no idempotency token.
    safeToRepeat: false,
    path: TASKS_PATH,
    pattern: new RegExp(`${FUNCTION_PATTERN}/instances/${SEGMENT}/tasks/?$`),
    pathParams: ['appGroupIdentity', 'functionName', 'instanceName'],
  },
  DeleteFunctionTask: {
    method: 'DELETE',
    // A repeat of a delete that arrived answers Task.NotExist, and deletes nothing else.
    safeToRepeat: true,
    path: TASK_PATH,
    pattern: new RegExp(`${FUNCTION_PATTERN}/instances/${SEGMENT}/tasks/${SEGMENT}/?$`),
    pathParams: ['appGroupIdentity', 'functionName', 'instanceName', 'generation'],
  },
  ListFunctionInstances: {
    method: 'GET',
    safeToRepeat: true,
    path: INSTANCES_PATH,
    pattern: new RegExp(`${FUNCTION_PATTERN}/instances/?$`),
    pathParams: ['appGroupIdentity', 'functionName'],
  },
  GetFunctionInstance: {
    method: 'GET',
    safeToRepeat: true,
    path: INSTANCE_PATH,
    pattern: new RegExp(`${FUNCTION_PATTERN}/instances/${SEGMENT}/?$`),
    pathParams: ['appGroupIdentity', 'functionName', 'instanceName'],
  },
  GetFunctionDefaultInstance: {
    method: 'GET',
    safeToRepeat: true,
    path: DEFAULT_INSTANCE_PATH,
    pattern: new RegExp(`${FUNCTION_PATTERN}/default-instance/?$`),
    pathParams: ['appGroupIdentity', 'functionName'],
  },
} as const;

/** The operationId (and signing action) of a function-task operation. */
export type FunctionOperationId = keyof typeof FUNCTION_OPERATIONS;

/** Every operationId, in a stable order. */
export const FUNCTION_OPERATION_IDS = Object.keys(FUNCTION_OPERATIONS) as FunctionOperationId[];

/** An HTTP method one of the operations uses. */
export type FunctionOperationMethod = (typeof FUNCTION_OPERATIONS)[FunctionOperationId]['method'];

/** A concrete request matched to its operation; `segments` are the path parameters, still percent-encoded. */
export interface MatchedFunctionOperation {
  readonly operationId: FunctionOperationId;
  readonly segments: Readonly<Record<string, string>>;
}

/**
 * Finds the operation a method and a path (without query, segments still percent-encoded) address; `null` when
 * none does. A path some operation serves under another method still gives `null`: the caller answers 405 or 404.
 */
export function matchFunctionOperation(method: string, pathname: string): MatchedFunctionOperation | null {
  const upper = method.toUpperCase();
  for (const operationId of FUNCTION_OPERATION_IDS) {
    const operation = FUNCTION_OPERATIONS[operationId];
    if (operation.method !== upper) continue;
    const match = operation.pattern.exec(pathname);
    if (!match) continue;
    const segments: Record<string, string> = {};
    operation.pathParams.forEach((name, index) => {
      segments[name] = match[index + 1] as string;
    });
    return { operationId, segments };
  }
  return null;
}

/** True when some operation serves this path under any method (for telling 405 from 404). */
export function isFunctionOperationPath(pathname: string): boolean {
  return FUNCTION_OPERATION_IDS.some((id) => FUNCTION_OPERATIONS[id].pattern.test(pathname));
}

/**
 * The concrete path of an operation: each `{name}` replaced by its value, percent-encoded as one segment
 * (`encodePathSegment`). Throws a TypeError naming a missing parameter.
 */
export function functionOperationPath(
  operationId: FunctionOperationId,
  params: Readonly<Record<string, string | number>>,
): string {
  return FUNCTION_OPERATIONS[operationId].path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new TypeError(`${operationId}: missing path parameter ${name}`);
    return encodePathSegment(String(value));
  });
}
