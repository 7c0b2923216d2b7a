/**
 * The success-or-error rule of every answer: the HTTP status decides first; on a 2xx, a `code`/`Code` of `""`,
 * `"200"` or `"OK"` (or none) is success and anything else is the error it names (several documented "success"
 * samples carry error codes). Core's reader and the dashboard server's forwarding both use it.
 */
import { ERROR_KEYS } from '@fntasks/protocol';
import { isRecord, pick } from '../read/fields.js';

/** Codes that mean success on a 2xx. */
const SUCCESS_CODES: ReadonlySet<string> = new Set(['', '200', 'OK']);

/** Whether a body's `code` means success: absent (or not a string or number), `""`, `"200"` or `"OK"`. */
export function isSuccessCode(code: unknown): boolean {
  // A code that is not a string or number is no code (readApiError reads it so).
  if (typeof code !== 'string' && typeof code !== 'number') return true;
  return SUCCESS_CODES.has(String(code));
}

/** Whether an answer (its HTTP status and parsed JSON body, either casing) is an error. */
export function isErrorAnswer(httpStatus: number, body: unknown): boolean {
  if (httpStatus < 200 || httpStatus >= 300) return true;
  if (!isRecord(body)) return false;
  return !isSuccessCode(pick(body, ERROR_KEYS, 'code'));
}
