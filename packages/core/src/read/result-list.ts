/** A list answer's `result` array (either casing), each item read, with its total count and envelope facts. */
import { ENVELOPE_KEYS } from '@fntasks/protocol';
import { MalformedResponseError } from '../errors.js';
import type { ResponseMeta } from '../types.js';
import { readMeta } from './envelope.js';
import { CasingTracker, type Json, pick } from './fields.js';
import { readTotalCount } from './task-page.js';

/** What `readResultList` gives: the items, the total count and the envelope facts (casing included). */
export interface ResultList<T> extends ResponseMeta {
  readonly items: T[];
  readonly totalCount: number;
}

/**
 * Reads `result`/`Result` as an array through `readItem` (given each item, its path for messages and the casing
 * tracker), then `totalCount` and the envelope: the envelope's casing is known only once every item was read.
 */
export function readResultList<T>(
  body: Json,
  answer: { readonly status: number; readonly text: string },
  readItem: (item: unknown, path: string, tracker: CasingTracker) => T,
): ResultList<T> {
  const tracker = new CasingTracker();
  const result = pick(body, ENVELOPE_KEYS, 'result', tracker);
  if (!Array.isArray(result)) {
    throw new MalformedResponseError(
      answer.status,
      answer.text,
      result === undefined ? 'neither "result" nor "Result" is present' : '"result" is not an array',
    );
  }
  const totalCount = readTotalCount(body, tracker, answer.status, answer.text);
  const items = result.map((item, index) => readItem(item, `result[${index}]`, tracker));
  return { items, totalCount, ...readMeta(body, tracker) };
}
