/** Turns raw request URLs into validated names, filters and paging, or a precise 400 naming the parameter. */
import type { KnownTaskStatus } from '@fntasks/core';
import {
  DEFAULT_INSTANCE_PAGE_SIZE,
  DEFAULT_PAGE_NUMBER,
  DEFAULT_PAGE_SIZE,
  FUNCTION_TYPES,
  INSTANCE_OUTPUT_LEVELS,
  INSTANCE_SOURCE_FILTERS,
  isKnownTaskStatus,
  MAX_PAGE_SIZE,
  MODEL_TYPES,
  TASK_STATUSES,
} from '@fntasks/protocol';
import type { InstanceKey, TaskFilter } from './store/types.js';

/** A request URL split into its raw (still encoded) path and its decoded query values. */
export interface SplitUrl {
  /** The path exactly as sent, percent-encoding kept (the signature covers this form). */
  rawPath: string;
  /** Decoded query values by key, in order of appearance. */
  query: Map<string, string[]>;
}

/** A validated ListFunctionTasks request. */
export interface ListRequest {
  key: InstanceKey;
  filter: TaskFilter;
  pageNumber: number;
  pageSize: number;
}

/** A bad parameter: the emulator answers 400 InvalidParameter with this message. */
export class InvalidParameterError extends Error {
  override name = 'InvalidParameterError';
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}

// pageNumber is an int32 in the spec; the cap also keeps (pageNumber - 1) * pageSize a safe integer.
const MAX_PAGE_NUMBER = 2_147_483_647;

/** Decodes one percent-encoded path segment or query part; a 400 naming `what` when it is broken. */
export function decodeSegment(part: string, what: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new InvalidParameterError(
      what,
      `Parameter ${what} is not valid percent-encoding: ${JSON.stringify(part)}.`,
    );
  }
}

/** Splits a raw request URL; `+` is kept literally (RFC 3986), as the signers encode spaces as %20. */
export function splitUrl(rawUrl: string): SplitUrl {
  const q = rawUrl.indexOf('?');
  const rawPath = q === -1 ? rawUrl : rawUrl.slice(0, q);
  const query = new Map<string, string[]>();
  const rawQuery = q === -1 ? '' : rawUrl.slice(q + 1);
  for (const pair of rawQuery.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = decodeSegment(eq === -1 ? pair : pair.slice(0, eq), 'query key');
    const value = decodeSegment(eq === -1 ? '' : pair.slice(eq + 1), key);
    const values = query.get(key);
    if (values) values.push(value);
    else query.set(key, [value]);
  }
  return { rawPath, query };
}

function single(query: Map<string, string[]>, name: string): string | undefined {
  const values = query.get(name);
  if (values === undefined) return undefined;
  if (values.length > 1) {
    throw new InvalidParameterError(
      name,
      `Parameter ${name} was given ${values.length} times; give it at most once.`,
    );
  }
  return values[0];
}

function integer(query: Map<string, string[]>, name: string, min: number, max: number): number | undefined {
  const raw = single(query, name);
  if (raw === undefined) return undefined;
  const kind = min === 0 ? 'a non-negative integer' : 'a positive integer';
  if (!/^\d+$/.test(raw))
    throw new InvalidParameterError(name, `Parameter ${name} must be ${kind}, got ${JSON.stringify(raw)}.`);
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min) {
    throw new InvalidParameterError(name, `Parameter ${name} must be ${kind}, got ${JSON.stringify(raw)}.`);
  }
  if (value > max)
    throw new InvalidParameterError(
      name,
      `Parameter ${name} must be at most ${max}, got ${JSON.stringify(raw)}.`,
    );
  return value;
}

/** Validates the query of a ListFunctionTasks request (unknown parameters are ignored, as gateways do). */
export function parseListQuery(key: InstanceKey, query: Map<string, string[]>): ListRequest {
  const filter: TaskFilter = {};
  const status = single(query, 'status');
  if (status !== undefined) {
    if (!isKnownTaskStatus(status)) {
      throw new InvalidParameterError(
        'status',
        `Parameter status must be one of ${TASK_STATUSES.join(', ')}, got ${JSON.stringify(status)}.`,
      );
    }
    filter.status = status as KnownTaskStatus;
  }
  const startTime = integer(query, 'startTime', 0, Number.MAX_SAFE_INTEGER);
  if (startTime !== undefined) filter.startTime = startTime;
  const endTime = integer(query, 'endTime', 0, Number.MAX_SAFE_INTEGER);
  if (endTime !== undefined) filter.endTime = endTime;
  return {
    key,
    filter,
    pageNumber: integer(query, 'pageNumber', 1, MAX_PAGE_NUMBER) ?? DEFAULT_PAGE_NUMBER,
    pageSize: integer(query, 'pageSize', 1, MAX_PAGE_SIZE) ?? DEFAULT_PAGE_SIZE,
  };
}

function oneOf(query: Map<string, string[]>, name: string, allowed: readonly string[]): string | undefined {
  const value = single(query, name);
  if (value !== undefined && !allowed.includes(value)) {
    throw new InvalidParameterError(
      name,
      `Parameter ${name} must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}.`,
    );
  }
  return value;
}

/** The `output` level of ListFunctionInstances / GetFunctionInstance (default `normal`). */
export function parseOutput(query: Map<string, string[]>): 'simple' | 'normal' | 'detail' {
  return (oneOf(query, 'output', INSTANCE_OUTPUT_LEVELS) ?? 'normal') as 'simple' | 'normal' | 'detail';
}

/** Validates the query of a ListFunctionInstances request. */
export function parseInstanceQuery(query: Map<string, string[]>) {
  const functionType = oneOf(query, 'functionType', FUNCTION_TYPES);
  const modelType = oneOf(query, 'modelType', MODEL_TYPES);
  return {
    ...(functionType === undefined ? {} : { functionType }),
    ...(modelType === undefined ? {} : { modelType }),
    source: oneOf(query, 'source', INSTANCE_SOURCE_FILTERS) ?? 'user',
    output: parseOutput(query),
    pageNumber: integer(query, 'pageNumber', 1, MAX_PAGE_NUMBER) ?? DEFAULT_PAGE_NUMBER,
    pageSize: integer(query, 'pageSize', 1, MAX_PAGE_SIZE) ?? DEFAULT_INSTANCE_PAGE_SIZE,
  };
}
