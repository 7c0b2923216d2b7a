/**
 * From a response's status and text to a success body or a typed error: the one success-or-error rule of every
 * operation. The HTTP status decides first; on a 2xx, a `code`/`Code` of `""`, `"200"` or `"OK"` (or none) is
 * success and anything else is the error it names (several documented "success" samples carry error codes).
 */

import { ERROR_KEYS } from '@fntasks/protocol';
import { FunctionTasksApiError, MalformedResponseError } from '../errors.js';
import { jsonDepthExceeds, MAX_BODY_DEPTH } from '../json-bounds.js';
import { isSuccessCode } from '../product/success-rule.js';
import { isRecord, type Json, pick } from './fields.js';

/** Parses a JSON body text (bounded in depth), turning any failure into a MalformedResponseError with the first bytes. */
export function parseJsonBody(httpStatus: number, text: string): unknown {
  if (text.trim() === '') throw new MalformedResponseError(httpStatus, text, 'the body is empty');
  if (jsonDepthExceeds(text, MAX_BODY_DEPTH)) {
    throw new MalformedResponseError(httpStatus, text, `the body nests deeper than ${MAX_BODY_DEPTH} levels`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new MalformedResponseError(httpStatus, text, `the body is not JSON (${reason})`);
  }
}

/** Reads an error body of either casing into a FunctionTasksApiError; `null` when its code means success or is absent. */
export function readApiError(httpStatus: number, body: unknown): FunctionTasksApiError | null {
  if (!isRecord(body)) return null;
  const rawCode = pick(body, ERROR_KEYS, 'code');
  if (typeof rawCode !== 'string' && typeof rawCode !== 'number') return null;
  const code = String(rawCode);
  if (isSuccessCode(code)) return null;
  const httpCode = pick(body, ERROR_KEYS, 'httpCode');
  const message = pick(body, ERROR_KEYS, 'message');
  const requestId = pick(body, ERROR_KEYS, 'requestId');
  // The real status decides (and is what retries read); the body's claim is kept beside it.
  return new FunctionTasksApiError({
    httpCode: httpStatus,
    bodyHttpCode: typeof httpCode === 'number' && Number.isFinite(httpCode) ? httpCode : null,
    code,
    message: typeof message === 'string' ? message : '',
    requestId: typeof requestId === 'string' ? requestId : requestId == null ? '' : String(requestId),
  });
}

/** The success body of an answer, or the typed error it carries. */
export function readSuccessBody(httpStatus: number, text: string): Json {
  return checkSuccessBody(httpStatus, parseJsonBody(httpStatus, text), text);
}

/** The success-or-error rule on a parsed body (`text`, when known, goes into a MalformedResponseError). */
export function checkSuccessBody(httpStatus: number, body: unknown, text: string): Json {
  if (httpStatus < 200 || httpStatus >= 300) {
    throw (
      readApiError(httpStatus, body) ??
      new MalformedResponseError(httpStatus, text, 'an error status without an error body')
    );
  }
  if (!isRecord(body)) throw new MalformedResponseError(httpStatus, text, 'expected a JSON object');
  const error = readApiError(httpStatus, body);
  if (error) throw error;
  return body;
}
