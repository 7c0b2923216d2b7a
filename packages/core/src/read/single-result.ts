/** The `result` object of a GetFunctionTask / GetFunctionInstance answer, normalized, with the envelope facts. */

import { ENVELOPE_KEYS } from '@fntasks/protocol';
import { MalformedResponseError } from '../errors.js';
import type { ResponseMeta } from '../types.js';
import { readMeta } from './envelope.js';
import { CasingTracker, type Json, pick } from './fields.js';

/** Reads `result` with `normalize`; a success without one is malformed. */
export function readSingleResult<T>(
  body: Json,
  answer: { readonly status: number; readonly text: string },
  normalize: (item: unknown, where: string, tracker: CasingTracker, status: number, text: string) => T,
): { item: T; meta: ResponseMeta } {
  const tracker = new CasingTracker();
  const result = pick(body, ENVELOPE_KEYS, 'result', tracker);
  if (result === undefined) {
    throw new MalformedResponseError(answer.status, answer.text, 'neither "result" nor "Result" is present');
  }
  const item = normalize(result, 'result', tracker, answer.status, answer.text);
  return { item, meta: readMeta(body, tracker) };
}
