import { InvalidArgumentError } from './errors.js';
import type { TimeInput } from './types.js';

/** Epoch milliseconds below this (year 1973) are taken for seconds: the API page's own examples are seconds. */
export const SECONDS_LIKE_THRESHOLD = 1e11;

// Only ISO-8601 date or date-time strings: Date.parse alone accepts too many formats silently.
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):?(\d{2}))?)?$/;

/**
 * What makes a well-formed ISO string name no real time (`2025-02-30`, `24:00`, `12:60`), or `null`. Date.parse
 * would roll `2025-02-30` over into 2 March without a word.
 */
function impossibleField(match: RegExpExecArray): string | null {
  const [, year, month, day, hour, minute, second, offsetHour, offsetMinute] = match.map(Number);
  if (!(month && month >= 1 && month <= 12)) return `There is no month ${match[2]}.`;
  // Day 0 of the next month is the last day of this one.
  const daysInMonth = new Date(Date.UTC(year as number, month, 0)).getUTCDate();
  if (!(day && day >= 1 && day <= daysInMonth)) {
    return `${match[1]}-${match[2]} has ${daysInMonth} days, so there is no day ${match[3]}.`;
  }
  if (match[4] !== undefined && (hour as number) > 23) return `There is no hour ${match[4]}.`;
  if (match[5] !== undefined && (minute as number) > 59) return `There is no minute ${match[5]}.`;
  if (match[6] !== undefined && (second as number) > 59) return `There is no second ${match[6]}.`;
  if (match[7] !== undefined && ((offsetHour as number) > 23 || (offsetMinute as number) > 59)) {
    return `The UTC offset ${match[7]}:${match[8]} is not a real offset.`;
  }
  return null;
}

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
    const iso = ISO_DATE_TIME.exec(value.trim());
    if (!iso) {
      throw new InvalidArgumentError(
        name,
        value,
        'Expected an ISO-8601 date-time such as "2025-11-28T12:00:00Z".',
      );
    }
    const impossible = impossibleField(iso);
    if (impossible) {
      throw new InvalidArgumentError(name, value, `${impossible} Expected a real calendar date and time.`);
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
