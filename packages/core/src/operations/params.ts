/** The argument checks operations share: each throws InvalidArgumentError naming the argument and what is allowed. */

import { DEFAULT_PAGE_NUMBER } from '@fntasks/protocol';
import { InvalidArgumentError } from '../errors.js';

/** The parameters object itself. */
export function checkParamsObject(
  params: unknown,
  expected: string,
): asserts params is Record<string, unknown> {
  if (params === null || typeof params !== 'object') {
    throw new InvalidArgumentError('params', params, `Expected an object with ${expected}.`);
  }
}

/** A path name (app group, function, instance): a non-empty string that stays one segment. */
export function checkPathName(name: string, value: unknown): string {
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
  return value;
}

/** The path names every operation of an instance takes, checked in order. */
export function checkNames<K extends string>(
  params: Record<string, unknown>,
  names: readonly K[],
): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const name of names) out[name] = checkPathName(name, params[name]);
  return out;
}

/** A positive safe integer (page numbers and sizes). */
export function checkPositiveInteger(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new InvalidArgumentError(name, value, 'Expected a positive integer (1, 2, 3, …).');
  }
  return value;
}

/** One of the documented values. */
export function checkOneOf<T extends string>(name: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(name, value, `Allowed values: ${allowed.join(', ')}.`);
  }
  return value as T;
}

/** A generation (run iteration number): a non-negative integer, as a number or a string of digits. */
export function checkGeneration(value: unknown): string {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
  if (typeof value === 'string' && /^\d{1,15}$/.test(value)) return value;
  throw new InvalidArgumentError(
    'generation',
    value,
    'Expected the run’s generation: a whole number such as 3 or "3".',
  );
}

/** `pageNumber` / `pageSize` into the query when given, and the page in effect (the service's defaults otherwise). */
export function checkPaging(
  params: { pageNumber?: unknown; pageSize?: unknown },
  query: { pageNumber?: number; pageSize?: number },
  defaultPageSize: number,
): { pageNumber: number; pageSize: number } {
  if (params.pageNumber !== undefined)
    query.pageNumber = checkPositiveInteger('pageNumber', params.pageNumber);
  if (params.pageSize !== undefined) query.pageSize = checkPositiveInteger('pageSize', params.pageSize);
  return { pageNumber: query.pageNumber ?? DEFAULT_PAGE_NUMBER, pageSize: query.pageSize ?? defaultPageSize };
}
