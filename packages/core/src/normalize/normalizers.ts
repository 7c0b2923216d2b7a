/**
 * The operations' own readers for a body a caller holds (a log, a proxy, a test fixture): the same success-or-
 * error rule, both casings, the same bounds and warnings as the client's methods. Each takes one object.
 */
import { OPERATION_ID } from '@fntasks/protocol';
import { type FunctionTasksApiError, MalformedResponseError } from '../errors.js';
import { MAX_BODY_DEPTH, previewJson, valueDepthExceeds } from '../json-bounds.js';
import type { FunctionInstanceResult } from '../operations/get-function-instance.js';
import type { FunctionTaskResult } from '../operations/get-function-task.js';
import { OPERATIONS } from '../operations/index.js';
import type { FunctionInstancesPage } from '../operations/list-function-instances.js';
import { defaultPage } from '../operations/validate.js';
import { checkSuccessBody, readApiError as readErrorBody, readSuccessBody } from '../read/body.js';
import type { Json } from '../read/fields.js';
import type { FunctionTasksPage } from '../types.js';

/** A body to read: its JSON text or the parsed value, and the HTTP status it came with. */
export interface BodyInput {
  /** The body as text (parsed with the client's depth bound), or already parsed. */
  readonly body: unknown;
  /** The HTTP status it came with (default 200). */
  readonly status?: number;
}

/** A page body to read, and the page that was asked for (the spec's defaults when not given). */
export interface PageBodyInput extends BodyInput {
  readonly pageNumber?: number;
  readonly pageSize?: number;
}

/** The success body, parsed from text or checked as given (the same depth bound either way). */
function successBody(status: number, body: unknown): { json: Json; text: string } {
  if (typeof body === 'string') return { json: readSuccessBody(status, body), text: body };
  if (valueDepthExceeds(body, MAX_BODY_DEPTH)) {
    throw new MalformedResponseError(
      status,
      previewJson(body),
      `the body nests deeper than ${MAX_BODY_DEPTH} levels`,
    );
  }
  return { json: checkSuccessBody(status, body, ''), text: '' };
}

function read<Result, C>(
  operation: { read(body: Json, answer: { status: number; text: string }, context: C): Result },
  input: BodyInput,
  context: C,
): Result {
  const status = input.status ?? 200;
  const { json, text } = successBody(status, input.body);
  return operation.read(json, { status, text }, context);
}

function pageOf(
  input: PageBodyInput,
  operationId: typeof OPERATION_ID.ListFunctionTasks | typeof OPERATION_ID.ListFunctionInstances,
) {
  const defaults = defaultPage(operationId);
  return {
    pageNumber: input.pageNumber ?? defaults.pageNumber,
    pageSize: input.pageSize ?? defaults.pageSize,
  };
}

/** A ListFunctionTasks body as a page of normalised tasks; an error body throws its FunctionTasksApiError. */
export function normalizePage(input: PageBodyInput): FunctionTasksPage {
  return read(OPERATIONS.ListFunctionTasks, input, pageOf(input, OPERATION_ID.ListFunctionTasks));
}

/** A ListFunctionInstances body as a page of normalised instances. */
export function normalizeInstancesPage(input: PageBodyInput): FunctionInstancesPage {
  return read(OPERATIONS.ListFunctionInstances, input, pageOf(input, OPERATION_ID.ListFunctionInstances));
}

/** A GetFunctionTask body as one normalised task with the envelope facts. */
export function normalizeTask(input: BodyInput): FunctionTaskResult {
  return read(OPERATIONS.GetFunctionTask, input, undefined);
}

/** A GetFunctionInstance body as one normalised instance with the envelope facts. */
export function normalizeInstance(input: BodyInput): FunctionInstanceResult {
  return read(OPERATIONS.GetFunctionInstance, input, undefined);
}

/** The API error a body carries (either casing), or `null` for a success body or one that is not JSON. */
export function readApiError(input: BodyInput): FunctionTasksApiError | null {
  const status = input.status ?? 200;
  let body = input.body;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      return null;
    }
  }
  return readErrorBody(status, body);
}
