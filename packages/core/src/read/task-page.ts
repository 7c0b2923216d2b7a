/** A ListFunctionTasks answer as a page: `result` must be a list and `totalCount` a non-negative integer. */

import { ENVELOPE_KEYS } from '@fntasks/protocol';
import { MalformedResponseError } from '../errors.js';
import { MAX_BODY_DEPTH, previewJson, valueDepthExceeds } from '../json-bounds.js';
import type { FunctionTasksPage } from '../types.js';
import { readMeta } from './envelope.js';
import { CasingTracker, isRecord, pick, toNumber } from './fields.js';
import { normalizeTask } from './task.js';

/** Normalises a parsed success body into a page; a body without `result`/`Result` is an error, never an empty list. */
export function normalizePage(
  httpStatus: number,
  body: unknown,
  request: { pageNumber: number; pageSize: number },
  rawText = '',
): FunctionTasksPage {
  if (!isRecord(body)) {
    throw new MalformedResponseError(httpStatus, rawText || previewJson(body), 'expected a JSON object');
  }
  // A body handed in already parsed (not through parseJsonBody) gets the same bound.
  if (!rawText && valueDepthExceeds(body, MAX_BODY_DEPTH)) {
    throw new MalformedResponseError(
      httpStatus,
      previewJson(body),
      `the body nests deeper than ${MAX_BODY_DEPTH} levels`,
    );
  }
  const tracker = new CasingTracker();
  const result = pick(body, ENVELOPE_KEYS, 'result', tracker);
  if (!Array.isArray(result)) {
    throw new MalformedResponseError(
      httpStatus,
      rawText || previewJson(body),
      result === undefined ? 'neither "result" nor "Result" is present' : '"result" is not an array',
    );
  }
  const totalCount = readTotalCount(body, tracker, httpStatus, rawText);
  const tasks = result.map((item, index) =>
    normalizeTask(item, `result[${index}]`, tracker, httpStatus, rawText),
  );
  return {
    tasks,
    totalCount,
    pageNumber: request.pageNumber,
    pageSize: request.pageSize,
    ...readMeta(body, tracker),
  };
}

/** `totalCount`: a non-negative safe integer (a numeric string is accepted), else a MalformedResponseError. */
export function readTotalCount(
  body: Record<string, unknown>,
  tracker: CasingTracker,
  httpStatus: number,
  rawText: string,
): number {
  const totalCount = toNumber(pick(body, ENVELOPE_KEYS, 'totalCount', tracker));
  if (totalCount === undefined || totalCount < 0 || !Number.isSafeInteger(totalCount)) {
    throw new MalformedResponseError(
      httpStatus,
      rawText || previewJson(body),
      '"totalCount" is missing or not a non-negative integer',
    );
  }
  return totalCount;
}
