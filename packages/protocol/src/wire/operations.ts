/**
 * The function-task operations on the wire, read from the table that `pnpm generate` writes from the spec
 * (src/generated/operations.ts): method, path template, path and query parameters with their constraints,
 * whether the operation pages, whether it is safe to repeat, its request body and its success schemas — plus, made here once, a
 * pattern that matches a concrete path. The action signed as `x-acs-action` is always the operationId. Read by
 * the client's operation declarations, its retry rule, the emulator's router and the dashboard's allow-list.
 */
import { OPERATION_TABLE } from '../generated/operations.js';
import { encodePathSegment } from './protocol.js';

/** The generated table's type: every operation as the spec declares it. */
export type OperationTable = typeof OPERATION_TABLE;

/** The casing the service reads a request body in (the spec's `x-fntasks-body-casing`). */
export type BodyCasing = 'camel' | 'pascal';

/** One top-level field of a request body: its wire name and the constraints its value is checked against. */
export interface OperationBodyField {
  /** The key on the wire, in the body's casing. */
  readonly name: string;
  /** The JSON type of the value. */
  readonly type: 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';
  /** The allowed values of a string. */
  readonly enum?: readonly string[];
  /** The pattern a string matches. */
  readonly pattern?: string;
  /** The shortest allowed string. */
  readonly minLength?: number;
  /** The longest allowed string. */
  readonly maxLength?: number;
  /** `cron` for a schedule checked with `checkCron`. */
  readonly format?: string;
}

/** A request body as the spec declares it: casing, schema name, required wire names and top-level fields in order. */
export interface OperationBody {
  /** The casing the service reads the body's keys in. */
  readonly casing: BodyCasing;
  /** The name of the body's schema in the spec. */
  readonly schema: string;
  /** The wire names of the required fields. */
  readonly required: readonly string[];
  /** The top-level fields, in the spec's order. */
  readonly fields: readonly OperationBodyField[];
}

// The generated table must fit the body shape above (a compile error names the field that does not).
OPERATION_TABLE satisfies { readonly [id: string]: { readonly body: OperationBody | null } };

/** The operationId (and signing action) of a function-task operation. */
export type FunctionOperationId = keyof OperationTable;

/** One operation as the spec declares it, with the pattern that routes a concrete path to it. */
export type FunctionOperation<Id extends FunctionOperationId = FunctionOperationId> = OperationTable[Id] & {
  /** Matches a concrete path (segments still percent-encoded); group i is path parameter i. */
  readonly pattern: RegExp;
};

// One encoded segment: anything but `/`. A trailing slash is tolerated, as the service's router does.
const SEGMENT = '([^/]+)';

function patternOf(path: string): RegExp {
  const literal = path.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${literal.join(SEGMENT)}/?$`);
}

/** Every operation, keyed by its operationId (which is also its signing action). */
export const FUNCTION_OPERATIONS = Object.fromEntries(
  Object.entries(OPERATION_TABLE).map(([id, operation]) => [
    id,
    Object.freeze({ ...operation, pattern: patternOf(operation.path) }),
  ]),
) as { readonly [Id in FunctionOperationId]: FunctionOperation<Id> };

/** Every operationId, in a stable order. */
export const FUNCTION_OPERATION_IDS = Object.keys(FUNCTION_OPERATIONS) as FunctionOperationId[];

/** Each operationId by name (`OPERATION_ID.CreateFunctionTask`): code names an operation without retyping it. */
export const OPERATION_ID = Object.freeze(
  Object.fromEntries(FUNCTION_OPERATION_IDS.map((id) => [id, id])),
) as { readonly [Id in FunctionOperationId]: Id };

/** The operations that only read (method GET). */
export type ReadOperationId = {
  [Id in FunctionOperationId]: OperationTable[Id]['method'] extends 'GET' ? Id : never;
}[FunctionOperationId];

/** Every read operation, in the table's order. */
export const READ_OPERATION_IDS = FUNCTION_OPERATION_IDS.filter(
  (id) => FUNCTION_OPERATIONS[id].method === 'GET',
) as ReadOperationId[];

/** An HTTP method one of the operations uses. */
export type FunctionOperationMethod = OperationTable[FunctionOperationId]['method'];

/** Whether a repeat of the operation can change nothing more than the first request did (the spec's `x-fntasks-safe-to-repeat`). */
export function isSafeToRepeat(operationId: FunctionOperationId): boolean {
  return FUNCTION_OPERATIONS[operationId].safeToRepeat;
}

/** The request body an operation sends (`null` for none), typed as any body so generic code can read it. */
export function operationBody(operationId: FunctionOperationId): OperationBody | null {
  return FUNCTION_OPERATIONS[operationId].body;
}

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
    operation.pathParams.forEach((param, index) => {
      segments[param.name] = match[index + 1] as string;
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

/** The concrete ListFunctionTasks path for three names (the emulator's tests use it; `functionOperationPath` is the general form). */
export function listFunctionTasksPath(
  appGroupIdentity: string,
  functionName: string,
  instanceName: string,
): string {
  return functionOperationPath(OPERATION_ID.ListFunctionTasks, {
    appGroupIdentity,
    functionName,
    instanceName,
  });
}
