/** The argument checks operations share: each throws InvalidArgumentError naming the argument and what is allowed. */

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

/** An integer in the spec's range; a positive one (page numbers and sizes) says so in those words. */
export function checkInteger(name: string, value: unknown, minimum?: number, maximum?: number): number {
  if (
    typeof value !== 'number' ||
    !Number.isSafeInteger(value) ||
    (minimum !== undefined && value < minimum) ||
    (maximum !== undefined && value > maximum)
  ) {
    const allowed =
      minimum === 1 && maximum === undefined
        ? 'Expected a positive integer (1, 2, 3, …).'
        : `Expected an integer${minimum !== undefined ? ` from ${minimum}` : ''}${maximum !== undefined ? ` up to ${maximum}` : ''}.`;
    throw new InvalidArgumentError(name, value, allowed);
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

/**
 * A path parameter the spec declares as digits (a run's generation): a non-negative integer, as a number or a
 * string of at most 15 digits (what a safe integer holds).
 */
export function checkWholeNumber(name: string, value: unknown): string {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
  if (typeof value === 'string' && /^\d{1,15}$/.test(value)) return value;
  throw new InvalidArgumentError(name, value, `Expected the ${name}: a whole number such as 3 or "3".`);
}

/** A required parameter left out; `allowed` says what it takes (its documented values, or the caller's words). */
export function missingRequired(name: string, allowed?: readonly string[] | string): InvalidArgumentError {
  const what =
    allowed === undefined
      ? ''
      : typeof allowed === 'string'
        ? `: ${allowed.replace(/\.$/, '')}`
        : ` (one of ${allowed.join(', ')})`;
  return new InvalidArgumentError(name, undefined, `It is required${what}.`);
}
