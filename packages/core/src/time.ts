import { InvalidArgumentError } from './errors.js';
import type { TimeInput } from './types.js';

/** Epoch milliseconds below this (year 1973) are taken for seconds: the API page's own examples are seconds. */
export const SECONDS_LIKE_THRESHOLD = 1e11;

/** Converts a `Date`, epoch milliseconds or ISO-8601 string into epoch milliseconds, or explains why not. */
export function toEpochMillis(name: string, value: TimeInput, allowSecondsLike = false): number {
  let millis: number;
  if (value instanceof Date) {
    millis = value.getTime();
    if (Number.isNaN(millis)) throw new InvalidArgumentError(name, value, 'Expected a valid Date.');
  } else if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new InvalidArgumentError(
        name,
        value,
        'Expected a non-negative integer of epoch milliseconds, a Date or an ISO-8601 string.',
      );
    }
    if (value < SECONDS_LIKE_THRESHOLD && value !== 0 && !allowSecondsLike) {
      throw new InvalidArgumentError(
        name,
        value,
        `It looks like seconds, but the API takes epoch milliseconds: did you mean ${value * 1000}? Pass allowSecondsLikeTimestamps: true to send it as is.`,
      );
    }
    millis = value;
  } else if (typeof value === 'string') {
    // Only ISO-8601 date or date-time strings: Date.parse alone accepts too many formats silently.
    if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value.trim())) {
      throw new InvalidArgumentError(
        name,
        value,
        'Expected an ISO-8601 date-time such as "2025-11-28T12:00:00Z".',
      );
    }
    millis = Date.parse(value.trim());
    if (Number.isNaN(millis))
      throw new InvalidArgumentError(name, value, 'Expected a valid ISO-8601 date-time.');
  } else {
    throw new InvalidArgumentError(name, value, 'Expected a Date, epoch milliseconds or an ISO-8601 string.');
  }
  if (millis < 0) throw new InvalidArgumentError(name, value, 'Times before 1970 are not allowed.');
  return millis;
}
