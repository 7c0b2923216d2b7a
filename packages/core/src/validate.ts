import { InvalidArgumentError } from './errors.js';
import { toEpochMillis } from './time.js';
import type { ListFunctionTasksParams } from './types.js';
import { DEFAULT_PAGE_NUMBER, DEFAULT_PAGE_SIZE, isKnownTaskStatus, TASK_STATUSES } from './wire/index.js';

/** The validated request: path names and the exact query that goes on the wire. */
export interface ValidatedListRequest {
  readonly path: { appGroupIdentity: string; functionName: string; instanceName: string };
  readonly query: {
    status?: (typeof TASK_STATUSES)[number];
    startTime?: number;
    endTime?: number;
    pageNumber?: number;
    pageSize?: number;
  };
  /** The page number in effect (the default when not given). */
  readonly pageNumber: number;
  /** The page size in effect (the default when not given). */
  readonly pageSize: number;
}

const PATH_NAMES = ['appGroupIdentity', 'functionName', 'instanceName'] as const;

/** Checks every argument before any request is sent; throws InvalidArgumentError naming the first bad one. */
export function validateListParams(params: ListFunctionTasksParams): ValidatedListRequest {
  if (params === null || typeof params !== 'object') {
    throw new InvalidArgumentError(
      'params',
      params,
      'Expected an object with appGroupIdentity, functionName and instanceName.',
    );
  }
  for (const name of PATH_NAMES) checkPathName(name, params[name]);

  const query: ValidatedListRequest['query'] = {};
  if (params.status !== undefined) {
    if (!isKnownTaskStatus(params.status)) {
      throw new InvalidArgumentError('status', params.status, `Allowed values: ${TASK_STATUSES.join(', ')}.`);
    }
    query.status = params.status;
  }
  const allowSeconds = params.allowSecondsLikeTimestamps === true;
  if (params.startTime !== undefined)
    query.startTime = toEpochMillis('startTime', params.startTime, allowSeconds);
  if (params.endTime !== undefined) query.endTime = toEpochMillis('endTime', params.endTime, allowSeconds);
  if (query.startTime !== undefined && query.endTime !== undefined && query.startTime > query.endTime) {
    throw new InvalidArgumentError(
      'startTime',
      params.startTime,
      `startTime (${new Date(query.startTime).toISOString()}) must not be after endTime (${new Date(query.endTime).toISOString()}).`,
    );
  }
  if (params.pageNumber !== undefined)
    query.pageNumber = checkPositiveInteger('pageNumber', params.pageNumber);
  if (params.pageSize !== undefined) query.pageSize = checkPositiveInteger('pageSize', params.pageSize);

  return {
    path: {
      appGroupIdentity: params.appGroupIdentity,
      functionName: params.functionName,
      instanceName: params.instanceName,
    },
    query,
    pageNumber: query.pageNumber ?? DEFAULT_PAGE_NUMBER,
    pageSize: query.pageSize ?? DEFAULT_PAGE_SIZE,
  };
}

function checkPathName(name: string, value: unknown): void {
  if (typeof value !== 'string' || value.length === 0) {
    throw new InvalidArgumentError(name, value, 'Expected a non-empty string.');
  }
  // Every URL parser collapses "." and ".." segments, percent-encoded or not, so they can never reach the API.
  if (value === '.' || value === '..') {
    throw new InvalidArgumentError(
      name,
      value,
      '"." and ".." cannot be sent as a path segment: URL parsers collapse them.',
    );
  }
}

function checkPositiveInteger(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new InvalidArgumentError(name, value, 'Expected a positive integer (1, 2, 3, …).');
  }
  return value;
}
